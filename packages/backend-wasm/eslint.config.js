// The workspace config, plus: assembly/ is AssemblyScript (decorators on functions, v128 types), compiled by asc,
// not linted as TypeScript; scripts/ run in Node.
import shared from '../../eslint.config.js';

export default [
  ...shared,
  { ignores: ['assembly/**', 'src/generated/**'] },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { WebAssembly: 'readonly', Buffer: 'readonly', process: 'readonly' } },
  },
];
