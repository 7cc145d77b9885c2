import { readdirSync, realpathSync, type Stats, statSync } from "node:fs";
import { extname, join, relative, resolve, sep } from "node:path";
import { describeFsError } from "./describe-fs-error";

export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([".txt", ".md", ".html", ".htm"]);

export interface InputFile {
  /** Absolute path, for reading. */
  path: string;
  /** Path relative to the working directory with "/" separators: what the dataset shows. */
  file: string;
  size: number;
  mtimeMs: number;
}

export interface InputProblem {
  /** The path as the user gave it or as found in a folder. */
  file: string;
  reason: string;
}

export interface InputList {
  files: InputFile[];
  problems: InputProblem[];
}

/**
 * Expands the CLI inputs into article files, in a stable order: inputs as
 * given, folder entries sorted by name. Folders are walked recursively for
 * *.txt, *.md, *.html (README.md, hidden folders and node_modules skipped);
 * a file named explicitly is read whatever its extension. Each file appears
 * once even when reached twice (a folder and a file inside it, a symlink).
 */
export function listInputs(inputs: readonly string[], cwd: string): InputList {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();

  const display = (abs: string): string => {
    const rel = relative(cwd, abs) || abs;
    return sep === "/" ? rel : rel.split(sep).join("/");
  };
  const addFile = (abs: string, st: Stats): void => {
    const real = safeRealpath(abs);
    if (seen.has(real)) return;
    seen.add(real);
    files.push({ path: abs, file: display(abs), size: st.size, mtimeMs: st.mtimeMs });
  };
  const walk = (dir: string, visited: Set<string>): number => {
    const real = safeRealpath(dir);
    if (visited.has(real)) return 0; // a symlink loop
    visited.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (error) {
      problems.push({ file: display(dir), reason: `cannot read folder: ${describeFsError(error)}` });
      return 0;
    }
    let found = 0;
    for (const name of entries) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const abs = join(dir, name);
      let st: Stats;
      try {
        st = statSync(abs);
      } catch {
        continue; // a dangling symlink inside a folder is not an article
      }
      if (st.isDirectory()) found += walk(abs, visited);
      else if (st.isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !/^readme\./iu.test(name)) {
        addFile(abs, st);
        found++;
      }
    }
    return found;
  };

  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let st: Stats;
    try {
      st = statSync(abs);
    } catch (error) {
      problems.push({ file: input, reason: describeFsError(error) });
      continue;
    }
    if (st.isDirectory()) {
      if (walk(abs, new Set()) === 0 && !problems.some((p) => p.file === display(abs))) {
        problems.push({ file: input, reason: "no article files (*.txt, *.md, *.html) in this folder" });
      }
    } else if (st.isFile()) addFile(abs, st);
    else problems.push({ file: input, reason: "not a regular file" });
  }
  return { files, problems };
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
