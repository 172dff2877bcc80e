//! What a command prints for a person or a script to read. `println!`
//! panics when the reader has gone (`kumban status --json | head`); a
//! command's output is the last thing it does, after every write was
//! made durable, so a reader that stopped early ends the command quietly
//! and successfully, as `head` expects of `cat`. Any other failure to
//! write (a full disk behind a redirection) is said on standard error.

use std::io::{ErrorKind, Write};

/// Writes `text` and a line break to standard output.
pub fn line(text: impl std::fmt::Display) {
    write(format_args!("{text}\n"));
}

/// Writes `text` as it is to standard output.
pub fn text(text: impl std::fmt::Display) {
    write(format_args!("{text}"));
}

fn write(args: std::fmt::Arguments<'_>) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_fmt(args).and_then(|()| out.flush()) {
        if e.kind() == ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        let _ = writeln!(
            std::io::stderr(),
            "kumban: {}",
            kumban_i18n::tr!("cmd-stdout-failed", why = e.to_string())
        );
        std::process::exit(1);
    }
}

/// `println!` that ends the command quietly when the reader has gone.
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::stdout::line(format_args!($($arg)*))
    };
}

/// `print!` that ends the command quietly when the reader has gone.
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::stdout::text(format_args!($($arg)*))
    };
}
