/** `?chunk` imports (src/integrations/chunk-url.ts): the URL of a module bundled as its own chunk. */
declare module '*?chunk' {
  const url: string;
  export default url;
}

/** OpenCC's dictionaries (opencc-js/dict/*): "source target|source target|…", no types shipped. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}

declare namespace App {
  interface Locals {
    /** The edition being rendered (src/middleware.ts): simplified, or traditional under /zh-hant/. */
    edition: import('./lib/editions').Edition;
  }
}
