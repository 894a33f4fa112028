// Svelte compiles <script lang="ts"> natively; no preprocessing is needed.
export default {};
