// TypeORM decorators need the metadata polyfill before any entity is loaded.
require('reflect-metadata');
