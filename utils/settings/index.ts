// The settings module: schema (data), validation, migrations, storage, export/import, appearance.
export * from './schema';
export * from './validate';
export * from './migrations';
export * from './store';
export * from './transfer';
export * from './messages';
export * from './appearance';
