## The closecode command: its help, its usage errors and its own errors and notices. The help
## is printed as written (no inline code); flags, commands and value names stay in English.

## Headings of the help and of usage errors.
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-label-error = error
cli-label-notice = notice

## -h/--help, -V/--version and the help command.
cli-help = Print help (-h a summary, --help all of it)
cli-version = Print version
cli-help-command = Print this help, or the help of the given command
cli-help-command-arg = The command whose help to print

## The commands: about (one line) and, for some, a longer text for --help.
cli-about = Explain WebSocket close codes: what a code means, when you see it and how to fix it.
cli-show-about = Explain close codes: one page per code.
cli-show-long-about = Explain close codes: one page per code. Each page opens with the answer (what the code means, its likely cause, whether to reconnect, what to check first), then how to fix it, what to tell users, what the peers do, and the facts. A code, a name or a failure id given alone, as in closecode 1006, shows its page; a quoted log line, as in closecode "websocket: close 1006", is explained.
cli-compare-about = Compare two close codes.
cli-compare-long-about = Compare two close codes: an introduction, their facts side by side, each code's texts, the key differences (computed from the facts) and when to use which.
cli-list-about = List every registered close code and every range; with --profile, the profile's codes.
cli-profiles-about = List the shipped protocol profiles: id, name, subprotocols and codes.
cli-scenarios-about = Start from what you see: the scenarios (a connection that drops after exactly N seconds, 1006 before open, ...), or one of them with its likely causes, how to tell them apart and the fix.
cli-failures-about = List the connection failures, which end before or without a Close frame: a refused upgrade (http-401), a TLS or DNS failure, a refused or reset connection.
cli-frame-about = Decode a Close frame payload written in hex.
cli-frame-long-about = Decode a Close frame payload written in hex, such as 03e9 or "03e9 6279 65". Prints the code, the reason (escaped), whether the frame is valid and every problem it has, which code to fail the connection with and why, what each well-known library and browser would do with it (what its application sees, what it sends back), and what the code means.
cli-explain-about = Explain log lines: what each reports, who decided it, the reason, and what to do.
cli-explain-long-about = Explain log lines: what each reports, who decided it, the reason, and what to do. Reads the lines given as arguments, or a whole log from standard input (streamed, line by line). Recognizes the messages of Python websockets, gorilla/websocket, ws, tungstenite, Chromium, Firefox, SignalR, OkHttp, Java-WebSocket, .NET, Spring, Jetty, undici, socket.io, graphql-ws, Discord's gateway, nginx, coder/websocket, Ktor, Netty, websocket-client, Starscream and Deno, the errors of the OS, resolvers and TLS stacks, and a close code wherever a line says it is one ("close code 4001", "closed with 1006"). Exit status: 0 when a line was recognized, 1 when none was, 2 for bad input. With --format json, one object per recognized line.
cli-completions-about = Print a shell completion script: closecode completions bash > /etc/bash_completion.d/closecode
cli-man-about = Print the manual page (roff, in English): closecode man > closecode.1
cli-retry-about = Whether and when to reconnect after a code.
cli-retry-long-about = Whether and when to reconnect after a code. Prints the advice and an example schedule of delays (RFC 6455 §7.2.3 backoff).
cli-docs-about = Write a static reference site in English, Korean and Japanese.
cli-docs-long-about = Write a static reference site in English, Korean and Japanese. Per language an index, a page per code and per range, a comparison page for every pair of registered codes, a lookup page and a search index; relative links and hreflang alternates. With --base-url also canonical URLs and a sitemap (absolute URLs only).
cli-catalog-about = Print closecode's whole catalog in one language as Fluent text, for translators and for applications.
cli-catalog-long-about = Print closecode's whole catalog in one language (--lang) as Fluent text: every message id under one prefix, so that an application can load it beside its own messages, and every message with a comment that says what it is for and which variables it takes. Preview a translation with --catalog FILE --lang TAG; an application adds it at run time with closecode's NewLocale (feature locale-files).

## The arguments and options.
cli-arg-codes = Close codes as numbers (1006) or names (GOING_AWAY, going-away, "Going Away", EndpointUnavailable, "비정상 종료", 異常終了), or connection failures by id (http-401, tls-expired, dns; see closecode failures).
cli-arg-compare-a = The first code, as a number or a name, or a failure id (http-401, dns).
cli-arg-compare-b = The second code, as a number or a name, or a failure id.
cli-arg-scenario = A scenario's id, such as drops-after-idle; without it, the list.
cli-arg-hex = The payload in hex; spaces are ignored. A - reads it from standard input.
cli-arg-peer = Show only this peer's reaction: an id or a name, such as chromium, node-ws, tungstenite or "gorilla/websocket".
cli-arg-lines = Log lines (after -- if one starts with -); none, or a -, reads standard input.
cli-arg-max-line = Skip lines longer than this many bytes (with a notice), so memory stays bounded: 1 to 1073741824. Default: { $default }.
cli-arg-shell = The shell: { $shells }.
cli-arg-retry-code = The code, as a number or a name, or a failure id (http-429, tls-expired).
cli-arg-seed = The seed of the example schedule's jitter (the same seed gives the same delays). Default: { $default }.
cli-arg-out = The folder to write into (created if needed).
cli-arg-docs-lang = Languages of the site, separated by commas, such as en,ja,ko. Default: every language closecode ships. The command's own messages, such as notices and errors, use the first.
cli-arg-base-url = The URL the site will be served from: pages get absolute canonical and hreflang URLs and the site gets a sitemap.xml. Without it there is no sitemap.
cli-arg-docs-profile = Also write a page for each code of this profile (a shipped id or a profile file), so a team can publish its own codes.
cli-arg-lang = Language of the texts and messages: a tag such as ko, ko-KR, ja or en. Default: LC_ALL, LC_MESSAGES or LANG, else English.
cli-arg-format = Output format: text (plain text for a terminal), md (CommonMark, for READMEs and mdBook), html (a standalone HTML page) or json (JSON data). Default: text.
cli-arg-profile = Read codes 3000-4999 as this protocol or application defines them: a shipped profile's id ({ $profiles }; see closecode profiles) or the path of a profile file. Registry codes keep their meaning.
cli-arg-width = Wrap text output at this many columns, 40 to 400. Default: 80 on a terminal, no wrapping when the output goes to a file or a pipe.
cli-arg-examples = Also print the complete example programs (browser, Rust, Python, and nginx where a proxy is a usual cause), which CI runs against a test server.
cli-arg-full = Print the whole page in text output: also when you see it, what to do when you send or receive it, what the peers do, and the facts. Without it a terminal page holds the answer, how to fix it and what to tell users.
cli-show-more = The full page ({ $command }) also has: { $sections }.
cli-arg-prefix = The prefix of every message id. Default: { $default }.
cli-arg-catalog = Use this Fluent file as the texts of the language that --lang names, such as a translated closecode catalog, to preview it; repeat it for more files. The file is checked as closecode checks its own catalogs, and a file with problems is refused with each problem's path:line:col.
cli-arg-partial = With --catalog, accept a file that lacks messages: each of them shows in English.

## Usage errors: what was wrong and what would be right. $arg is an option as the help writes
## it (--width <WIDTH>), $value what was given.
cli-usage-unknown-argument = unknown argument: { $arg }
cli-usage-did-you-mean = did you mean { $suggestion }?
cli-usage-as-value = to pass it as a value, write -- { $arg }
cli-usage-unknown-command = unknown command: { $command }; the commands are { $commands }
cli-usage-missing-command = a command is missing; the commands are { $commands }
cli-usage-invalid-value = { $arg } does not take { $value }; possible values: { $values }
cli-usage-bad-value = { $arg } does not take { $value }; { $expected }
cli-usage-value-required = { $arg } needs a value
cli-usage-missing = required arguments are missing: { $args }
cli-usage-repeated = { $arg } may be given only once
cli-usage-conflict = { $arg } cannot be used with { $other }
cli-usage-extra-value = one value too many: { $value }
cli-usage-utf8 = an argument is not valid UTF-8; arguments must be text
cli-usage-other = the arguments are not valid
cli-usage-more = For more information, try --help.
cli-expected-width = expected a number of columns from 40 to 400
cli-expected-max-line = expected a number of bytes from 1 to 1073741824
cli-expected-seed = expected a whole number from 0 to 18446744073709551615
cli-expected-number = expected a whole number

## Errors and notices of the commands.
cli-error-code = { $input }: no close code has this name; expected a number from 0 to 65535 or a name such as GOING_AWAY, or a failure id such as http-401, tls-expired or dns (closecode failures)
cli-error-code-empty = the close code is empty; expected a number from 0 to 65535 or a name such as GOING_AWAY, or a failure id such as http-401, tls-expired or dns (closecode failures)
cli-error-code-not-a-number = { $input }: not a decimal number; expected a number from 0 to 65535, without sign or spaces
cli-error-code-leading-zero = { $input }: a close code has no leading zero; expected a number from 0 to 65535, such as 1000
cli-error-code-too-large = { $input }: close codes are 16-bit numbers, so { $number } is too large; expected a number from 0 to 65535
cli-error-code-suggestion = { $input }: no close code has this name; did you mean { $suggestion }? Expected a number from 0 to 65535 or a name such as GOING_AWAY, or a failure id such as http-401
cli-error-scenario = { $input } is not a scenario; expected one of: { $ids }
cli-error-peer = { $input } is not a peer closecode knows; expected one of: { $ids }
cli-error-profile = --profile { $input } is neither a shipped profile ({ $ids }) nor a file
cli-error-profile-problems = the profile has problems:
cli-error-catalog-problems = the catalog has problems:
cli-error-catalog-lang = --catalog needs --lang with the language of the file, such as --lang de
cli-notice-catalog-missing = { $count ->
    [one] one message is missing from the catalog and shows in English
   *[other] { $count } messages are missing from the catalog and show in English
}
cli-error-hex-character = not a hex payload: { $character } (character { $position } of the input) is not a hex digit; expected pairs of hex digits such as 03e9 or "03e9 6279 65"
cli-error-hex-odd = not a hex payload: odd number of hex digits; every byte takes two, such as 03e9 or "03e9 6279 65"
cli-error-hex-too-long = not a hex payload: more than { $max } bytes; a Close payload is at most { $payload } bytes
cli-error-stdin = cannot read hex from standard input: { $error }
cli-error-stdin-too-long = standard input is longer than { $mib } MiB; a Close payload in hex is a few hundred bytes
cli-error-docs-lang = --lang { $input }: no shipped language matches; available: { $available }
cli-error-docs-no-lang = --lang names no language; expected tags such as en,ja,ko
cli-error-write = cannot write { $path }: { $error }
cli-error-output = cannot write output: { $error }
cli-error-man = cannot render the manual page: { $error }
cli-docs-wrote = wrote { $files } files for { $languages } into { $folder }
cli-notice-language = { $source }={ $value }: no shipped language matches; available: { $available }; using { $fallback }
cli-notice-language-invalid = { $source }={ $value }: not a language tag; expected a BCP 47 tag such as ko-KR or a POSIX locale such as ko_KR.UTF-8; using { $fallback }
