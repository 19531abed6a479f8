// compare/index.js: starts the entry point this path names (src/common/entry-points.ts).
require('../index.js');
