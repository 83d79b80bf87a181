// bench-cdp.mjs — Debian's Chromium started directly (--headless=new, a fresh
// --user-data-dir, --remote-debugging-port) and driven over the DevTools protocol with
// no Playwright in between. Two uses: Lighthouse connects to its port; and the hidden-
// tab count, because Playwright keeps every page it drives "visible" (its focus and
// visibility emulation): a second tab activated in front of the widget's only makes
// document.visibilityState "hidden" in a browser Playwright does not drive.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from './launch.mjs';

const benchRequire = createRequire(new URL('../bench/package.json', import.meta.url));

export async function launchRawChromium({ url = 'about:blank', width = 1440, height = 900, extraArgs = [] } = {}) {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-profile-'));
    const args = ['--headless=new', ...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`,
        `--window-size=${width},${height}`, ...extraArgs, url];
    const proc = spawn(CHROMIUM_PATH, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const wsUrl = await new Promise((resolve, reject) => {
        let buf = '';
        const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${buf.slice(-500)}`)), 30_000);
        proc.stderr.on('data', (d) => {
            buf += d;
            const m = buf.match(/DevTools listening on (ws:\S+)/);
            if (m) { clearTimeout(timer); resolve(m[1]); }
        });
        proc.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Chromium exited (${code}): ${buf.slice(-500)}`)); });
    });
    const port = Number(new URL(wsUrl).port);
    let ws = null;
    const waiting = new Map();
    let seq = 0;
    const connect = async () => {
        const WebSocket = benchRequire('ws');
        ws = new WebSocket(wsUrl);
        await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
        ws.on('message', (m) => {
            const msg = JSON.parse(m);
            if (msg.id && waiting.has(msg.id)) { waiting.get(msg.id)(msg); waiting.delete(msg.id); }
        });
    };
    const send = async (method, params = {}, sessionId) => {
        if (!ws) await connect();
        const msg = await new Promise((resolve) => {
            const id = ++seq;
            waiting.set(id, resolve);
            ws.send(JSON.stringify({ id, method, params, sessionId }));
        });
        if (msg.error) throw new Error(`${method}: ${msg.error.message}`);
        return msg.result;
    };
    // The first page target, attached: evaluate(expression) in it.
    const attachPage = async () => {
        const { targetInfos } = await send('Target.getTargets');
        const target = targetInfos.find((t) => t.type === 'page');
        const { sessionId } = await send('Target.attachToTarget', { targetId: target.targetId, flatten: true });
        const evaluate = async (expression) => {
            const r = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
            if (r.exceptionDetails) throw new Error(`${expression}: ${r.exceptionDetails.exception?.description || r.exceptionDetails.text}`);
            return r.result.value;
        };
        return { targetId: target.targetId, sessionId, evaluate };
    };
    const close = async () => {
        ws?.close();
        proc.kill();
        await new Promise((resolve) => (proc.exitCode !== null ? resolve() : proc.once('exit', resolve)));
        try { fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); } catch { /* a helper process still writing: left in the temp folder */ }
    };
    return { port, send, attachPage, close };
}
