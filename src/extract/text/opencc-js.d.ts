// opencc-js 1.4 ships without its declared `types` folder; this is the part we use.
declare module "opencc-js/t2cn" {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
