// @vercel/ncc ships no types; this is the part of its API the scripts use.
declare module '@vercel/ncc' {
  interface NccAsset {
    source: string | Buffer;
  }
  export default function ncc(
    entry: string,
    options?: Record<string, unknown>,
  ): Promise<{ code: string; assets: Record<string, NccAsset> }>;
}
