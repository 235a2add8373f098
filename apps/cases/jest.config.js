module.exports = {
  displayName: 'cases',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
