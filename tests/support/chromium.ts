import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

// Test tools cannot download their own browser here, so the e2e suite uses
// Debian's Chromium. It is found through CHROMIUM_PATH, then /usr/bin/chromium;
// on a clean Debian machine where we run as root we install it, so that a
// fresh clone (and CI) never silently skips the browser tests.
const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function isRootOnDebian(): boolean {
  return process.getuid?.() === 0 && existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
}

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (isRootOnDebian()) {
    process.stderr.write("Chromium not found: installing Debian's chromium and fonts-noto-cjk with apt-get…\n");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error(
    "No Chromium for the browser tests: install it (Debian: `sudo apt-get install -y chromium fonts-noto-cjk`) or set CHROMIUM_PATH.",
  );
}
