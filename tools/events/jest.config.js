module.exports = {
  displayName: 'tools-events',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
