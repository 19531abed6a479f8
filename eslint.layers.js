// The folders of src/ in layers, top to bottom. A module may import from its own folder and from
// the folders of lower layers, never from a higher layer or a sibling of its own layer: the folder
// graph then has no cycle, and a helper that two layers need moves down. Entry points never import each
// other (the workflow composes them). __tests__/architecture/layers.test.ts holds the code to this too,
// dynamic imports included (this lint rule sees only static ones).
export const LAYERS = [
  // The entry points: one folder each, its main.ts read → plan → apply → report.
  ['register', 'launch-test', 'studio', 'retire', 'compare'],
  // What two entry points share: the Studio list model and the image checks.
  ['core', 'preflight'],
  ['run'],
  ['report', 'wait'],
  // The edges to outside systems.
  ['aws', 'github'],
  ['inputs'],
  ['common'],
];

/** For each folder, the folders it must not import from. */
export function forbiddenImports() {
  const all = LAYERS.flat();
  return Object.fromEntries(
    LAYERS.flatMap((layer, depth) =>
      layer.map((folder) => {
        const below = LAYERS.slice(depth + 1).flat();
        return [folder, all.filter((other) => other !== folder && !below.includes(other))];
      }),
    ),
  );
}

/** ESLint flat-config entries that enforce the layers with the core no-restricted-imports rule. */
export function layerRules() {
  return Object.entries(forbiddenImports()).map(([folder, forbidden]) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...forbidden.map((other) => `../${other}/*`), '../*.js', '../*.ts'],
              message: `src/${folder}/ may import only from its own folder and the layers below it (see eslint.layers.js).`,
            },
          ],
        },
      ],
    },
  }));
}
