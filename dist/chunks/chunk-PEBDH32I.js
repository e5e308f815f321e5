import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";

export {
  VERSION
};
