import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeAll } from "vitest";
import { loadPinyin } from "../../src/app/i18n/pinyin";

// The app loads the pinyin dictionary on demand; tests of English names and
// pinyin search start with it loaded, as a visitor who switched language does.
beforeAll(() => loadPinyin());

afterEach(() => {
  cleanup();
});
