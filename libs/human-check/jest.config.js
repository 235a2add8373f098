module.exports = {
  displayName: 'human-check',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
