// The one bundle of @actions/artifact in dist/, loaded at run time by the actions that use the
// GitHub-artifact evidence backend (see src/evidence/github-artifact-store.ts).
export { DefaultArtifactClient } from '@actions/artifact'
