// Svelte 5 detects runes per file; TypeScript in <script lang="ts"> needs no preprocessor.
export default {};
