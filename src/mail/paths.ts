// Where send-mail keeps its records under the artifacts folder. A module of its own so that an
// action can name the folder without loading the ledger and its schemas at start-up.
export const NOTIFICATIONS_FOLDER = 'notifications'
