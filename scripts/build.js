// Builds dist/ from src/index.ts: ncc bundles, then terser drops the code nothing calls.
//
// ncc resolves `main` by default, which for the AWS SDK is its CommonJS build with every
// SageMaker operation. Resolving `module` first picks the SDK's ES build (`sideEffects: false`),
// whose unused exports webpack marks; terser (module mode, so top-level code counts) then removes
// them. Names are kept and the output is formatted, so dist/ stays readable and stack traces
// stay meaningful.
import ncc from '@vercel/ncc';
import { minify } from 'terser';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist`;

const { code, assets } = await ncc(`${root}src/index.ts`, {
  mainFields: ['module', 'main'],
  license: 'licenses.txt',
  quiet: true,
});

const terserOptions = {
  module: true,
  compress: { passes: 2 },
  mangle: false,
  format: { beautify: true, comments: false },
};

const files = new Map([['index.js', code]]);
for (const [name, asset] of Object.entries(assets)) files.set(name, asset.source.toString());

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
let totalBytes = 0;
for (const [name, source] of files) {
  const output = name.endsWith('.js') ? ((await minify(source, terserOptions)).code ?? '') : source;
  await writeFile(`${outDir}/${name}`, output);
  totalBytes += Buffer.byteLength(output);
}
console.log(`dist/: ${files.size} files, ${(totalBytes / 1e6).toFixed(2)} MB`);
