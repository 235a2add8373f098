module.exports = {
  displayName: 'deliveries',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
