//! Who is signed in: the session the endpoint knows (`GET /api/staff/session`), shared by every
//! page through context (`provide_session` / `use_session`).
use crate::api;
use gloo_net::http::Method;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pb_core::api::StaffSession;

/// The signed-in account, once the endpoint was asked.
#[derive(Debug, Clone, Copy)]
pub struct Session {
    /// The session, `None` when nobody is signed in.
    pub current: RwSignal<Option<StaffSession>>,
    /// Whether the endpoint has answered the first question.
    pub checked: RwSignal<bool>,
}

impl Session {
    /// Asks the endpoint again (after signing in, or when a call answered `unauthorized`).
    pub fn refresh(self) {
        spawn_local(async move {
            let answer = api::get::<StaffSession>("/api/staff/session").await;
            self.current.set(answer.ok());
            self.checked.set(true);
        });
    }

    /// Signs out on the endpoint, then forgets the session here.
    pub fn sign_out(self) {
        spawn_local(async move {
            let _ = api::send::<(), ()>(Method::POST, "/api/staff/logout", None).await;
            self.current.set(None);
        });
    }
}

/// Provides the session to the console and asks the endpoint who is signed in.
pub fn provide_session() -> Session {
    let session = Session {
        current: RwSignal::new(None),
        checked: RwSignal::new(false),
    };
    provide_context(session);
    session.refresh();
    session
}

/// The session provided by [`provide_session`].
pub fn use_session() -> Session {
    expect_context::<Session>()
}
