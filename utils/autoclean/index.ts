// Auto-clean: which sites are cleaned without a click, and the content-script registrations that do it.
export * from './constants';
export * from './patterns';
export * from './registration';
export * from './sites';
