module.exports = {
  displayName: 'supporters',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
