/** `?chunk` imports (src/integrations/chunk-url.ts): the URL of a module bundled as its own chunk. */
declare module '*?chunk' {
  const url: string;
  export default url;
}
