// Names and metadata of the committed EasyList artifact (built by scripts/build-filters.ts). Browser-safe: no fs.

/** The gzipped, serialized @ghostery/adblocker engine holding EasyList's cosmetic rules. */
export const ARTIFACT_FILE = 'easylist-cosmetic.bin.gz';
/** Folder of the built extension that holds the artifact and its attribution. */
export const SHIPPED_FILTERS_DIR = 'filters';
/** What the artifact was built from, and its size and checksum. */
export const META_FILE = 'easylist-cosmetic.json';

export interface ArtifactMeta {
  listTitle: string | null;
  /** The list's own "Last modified" header, when the copy carries one. */
  listLastModified: string | null;
  /** Date of the easylist.txt file the artifact was built from (YYYY-MM-DD). */
  fileDate: string;
  source: string;
  debVersion: string | null;
  /** @ghostery/adblocker's serialization format; a different version cannot read the artifact. */
  engineVersion: number;
  cosmeticLines: number;
  proceduralRewritten: number;
  proceduralSkipped: number;
  serializedBytes: number;
  gzipBytes: number;
  sha256: string;
}
