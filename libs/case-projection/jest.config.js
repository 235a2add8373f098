module.exports = {
  displayName: 'case-projection',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
