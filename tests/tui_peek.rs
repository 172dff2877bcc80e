mod tui_common;
use kumban::tui::{Action, Tab};
use tui_common::*;

#[test]
fn peek() {
    let mut f = demo();
    for t in Tab::ALL {
        keys(&mut f.app, [Action::GoTab(t)]);
        println!("{}", screen(&f.app));
    }
    keys(&mut f.app, [Action::GoTab(Tab::Households), Action::Open]);
    println!("{}", screen(&f.app));
    keys(&mut f.app, [Action::Back, Action::Help]);
    println!("{}", screen(&f.app));
    let e = empty();
    println!("{}", screen(&e.app));
}
