//! How errors cross IPC: always as the core's `ErrorPayload` `{ code, message, details }`;
//! the UI shows the Fluent message for the code.

use partnerdesk::{Error, ErrorPayload};

pub type CommandResult<T> = Result<T, ErrorPayload>;

pub fn payload(e: Error) -> ErrorPayload {
    e.payload()
}
