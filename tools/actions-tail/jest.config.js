module.exports = {
  displayName: 'actions-tail',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
