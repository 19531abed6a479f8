// Types of eslint.layers.js, for the test that holds the code to it.
import type { Linter } from 'eslint';

export const LAYERS: string[][];
export function forbiddenImports(): Record<string, string[]>;
export function layerRules(): Linter.Config[];
