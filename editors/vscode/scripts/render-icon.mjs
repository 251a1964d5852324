// Renders images/icon.svg to images/icon.png (128x128) with the headless
// Chromium and playwright-core that ../../shared/vscode-e2e/setup.sh installs.
//
//   node scripts/render-icon.mjs images/icon.svg images/icon.png
import { createRequire } from 'node:module';
import fs from 'node:fs';
const require = createRequire(`${process.env.CS_PREFIX || '/tmp/code-server'}/package.json`);
const { chromium } = require('playwright-core');
const [svg, out] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 128, height: 128 } });
await p.setContent(`<html><body style="margin:0;background:transparent">${fs.readFileSync(svg, 'utf8')}</body></html>`);
await p.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
await b.close();
