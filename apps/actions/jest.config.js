module.exports = {
  displayName: 'actions',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
