#!/usr/bin/env node
// Launcher: the compiled CLI lives in dist/ (built by `npm run build`, which `npm ci` runs).
import '../dist/cli/index.js';
