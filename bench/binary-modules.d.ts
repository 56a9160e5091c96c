// Files the Chromium bundle embeds as bytes (bench/browser-speed.ts bundles them with esbuild's binary loader).
declare module '*.bin.gz' {
  const bytes: Uint8Array;
  export default bytes;
}
