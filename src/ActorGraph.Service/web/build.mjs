// Bundles the page (src/app.js and its CSS) into ../wwwroot/dist with esbuild's JavaScript API,
// which works whether or not npm ran esbuild's install script. Run by the .csproj; `npm run build` too.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = process.argv[2] ?? path.join(here, '..', 'wwwroot', 'dist');

await build({
  entryPoints: [path.join(here, 'src', 'app.js')],
  bundle: true,
  minify: true,
  target: 'es2020',
  format: 'iife',
  outdir,
  entryNames: 'app',
  logLevel: 'warning',
});
