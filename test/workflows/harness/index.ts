// The workflow harness's public API: start it once per test file, run workflows, read the records.
export { startWorkflowHarness, WorkflowHarnessError, type RunWorkflowOptions, type WorkflowHarness, type WorkflowHarnessOptions } from './harness.js'
export type { ArtifactRecord, Annotation, EnvironmentRecord, JobRecord, JobResult, StepOutcome, StepRecord, WorkflowRunRecord } from './run-record.js'
export type { EnvironmentConfig } from './run-state.js'
export { GATE_ROUTES, type GateRoute, type GateRequest } from './rest-gate.js'
export { defaultPermissions, type Permissions, type PermissionScope, type PermissionLevel } from './permissions.js'
export { LIBFAKETIME } from './clock.js'
