
use builtin;
use str;

set edit:completion:arg-completer[flea] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'flea'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'flea'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Set up a market explicitly (any other command creates one with defaults)'
            cand account 'Members, sessions and profiles'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;init'= {
            cand --currency 'ISO 4217 currency code of the market''s prices'
            cand --name 'The market''s name'
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;account'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand register 'Create an account (the market''s first account is its admin)'
            cand login 'Log in and keep a session for this market file'
            cand logout 'End the current session'
            cand whoami 'Show who is logged in'
            cand show 'Show a member''s public profile (your own when no user is given)'
            cand edit 'Change your profile (admins: anyone''s)'
            cand passwd 'Change your password (admins: set anyone''s)'
            cand delete 'Delete an account: its profile is wiped and its username freed'
            cand list 'List members'' public profiles'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;account;register'= {
            cand --email 'email'
            cand --display-name 'display-name'
            cand --place 'A place name shown to others, such as a town or campus'
            cand --location 'Where you trade from, as LAT,LON in degrees'
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;account;login'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --print-token 'Print the session token (for FLEA_SESSION) instead of saving a session file'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;account;logout'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand --all 'End every session of this member, on every machine'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;account;whoami'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;account;show'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;account;edit'= {
            cand --email 'email'
            cand --display-name 'display-name'
            cand --place 'A place name shown to others, such as a town or campus'
            cand --location 'Where you trade from, as LAT,LON in degrees'
            cand --admin 'Make the member an admin, or not (admins only)'
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;account;passwd'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand --password-stdin 'Read the password(s) from standard input, one per line: the current one first when changing your own, then the new one'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;account;delete'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;account;list'= {
            cand --limit 'At most this many members'
            cand --offset 'Skip this many members first'
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;account;help'= {
            cand register 'Create an account (the market''s first account is its admin)'
            cand login 'Log in and keep a session for this market file'
            cand logout 'End the current session'
            cand whoami 'Show who is logged in'
            cand show 'Show a member''s public profile (your own when no user is given)'
            cand edit 'Change your profile (admins: anyone''s)'
            cand passwd 'Change your password (admins: set anyone''s)'
            cand delete 'Delete an account: its profile is wiped and its username freed'
            cand list 'List members'' public profiles'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;account;help;register'= {
        }
        &'flea;account;help;login'= {
        }
        &'flea;account;help;logout'= {
        }
        &'flea;account;help;whoami'= {
        }
        &'flea;account;help;show'= {
        }
        &'flea;account;help;edit'= {
        }
        &'flea;account;help;passwd'= {
        }
        &'flea;account;help;delete'= {
        }
        &'flea;account;help;list'= {
        }
        &'flea;account;help;help'= {
        }
        &'flea;completions'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;help'= {
            cand init 'Set up a market explicitly (any other command creates one with defaults)'
            cand account 'Members, sessions and profiles'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;help;init'= {
        }
        &'flea;help;account'= {
            cand register 'Create an account (the market''s first account is its admin)'
            cand login 'Log in and keep a session for this market file'
            cand logout 'End the current session'
            cand whoami 'Show who is logged in'
            cand show 'Show a member''s public profile (your own when no user is given)'
            cand edit 'Change your profile (admins: anyone''s)'
            cand passwd 'Change your password (admins: set anyone''s)'
            cand delete 'Delete an account: its profile is wiped and its username freed'
            cand list 'List members'' public profiles'
        }
        &'flea;help;account;register'= {
        }
        &'flea;help;account;login'= {
        }
        &'flea;help;account;logout'= {
        }
        &'flea;help;account;whoami'= {
        }
        &'flea;help;account;show'= {
        }
        &'flea;help;account;edit'= {
        }
        &'flea;help;account;passwd'= {
        }
        &'flea;help;account;delete'= {
        }
        &'flea;help;account;list'= {
        }
        &'flea;help;completions'= {
        }
        &'flea;help;help'= {
        }
    ]
    $completions[$command]
}
