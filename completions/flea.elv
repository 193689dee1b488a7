
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
            cand category 'The category tree (admins add and edit categories)'
            cand list 'Publish and manage listings'
            cand search 'Search listings: words, "phrases", -exclusions, prefix*, OR'
            cand watch 'Your watchlist: listings you follow, and what changed'
            cand want 'Wanted posts, and the listings that match them'
            cand buy 'Buy a listing, or make an offer on it'
            cand order 'Your orders and their life-cycle: pay, ship, receive, cancel, dispute'
            cand offer 'Offers on your listings and the offers you made'
            cand review 'Review the other party of a completed order, or read a member''s reviews'
            cand demo 'Fill the market with a realistic, reproducible sample to explore'
            cand export 'Write a table as CSV (or TSV, or JSON lines with --format jsonl)'
            cand import 'Read rows into a table from CSV (or TSV, or JSON lines)'
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
        &'flea;category'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'Print the category tree with its impact factors'
            cand add 'Add a category (admins)'
            cand edit 'Change a category (admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;category;list'= {
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
        &'flea;category;add'= {
            cand --rename 'New slug (edit only)'
            cand --parent 'The top-level category it belongs under (empty: top level)'
            cand --name-en 'name-en'
            cand --name-zh 'name-zh'
            cand --kg-co2e 'Kilograms of CO2e avoided when one item is reused (a category''s first factors need both this and --kg-waste)'
            cand --kg-waste 'Kilograms of waste avoided when one item is reused'
            cand --source 'Where the factors come from'
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
        &'flea;category;edit'= {
            cand --rename 'New slug (edit only)'
            cand --parent 'The top-level category it belongs under (empty: top level)'
            cand --name-en 'name-en'
            cand --name-zh 'name-zh'
            cand --kg-co2e 'Kilograms of CO2e avoided when one item is reused (a category''s first factors need both this and --kg-waste)'
            cand --kg-waste 'Kilograms of waste avoided when one item is reused'
            cand --source 'Where the factors come from'
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
        &'flea;category;help'= {
            cand list 'Print the category tree with its impact factors'
            cand add 'Add a category (admins)'
            cand edit 'Change a category (admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;category;help;list'= {
        }
        &'flea;category;help;add'= {
        }
        &'flea;category;help;edit'= {
        }
        &'flea;category;help;help'= {
        }
        &'flea;list'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Publish a listing (asks for missing fields on a terminal)'
            cand edit 'Change a listing you sell'
            cand show 'Show a listing (records a view when you are not its seller)'
            cand mine 'Your listings, newest first'
            cand withdraw 'Take a listing off the market'
            cand relist 'Put a withdrawn listing back on the market'
            cand photo 'Add or remove a listing''s photos'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;list;add'= {
            cand --title 'title'
            cand --description 'description'
            cand --category 'Category slug or id (see `flea category list`)'
            cand --condition 'new, like_new, good, fair, poor or for_parts'
            cand --price 'Asking price in the market currency, e.g. 12.50'
            cand --original-price 'What the item cost new (empty on edit: unknown)'
            cand --acquired 'When you got the item, YYYY-MM-DD (empty on edit: unknown)'
            cand --quantity 'Units for sale [add default: 1]'
            cand --tag 'A tag (repeatable); on edit, the tags given replace the old ones'
            cand --location 'Where the item is, LAT,LON [default: your profile''s location]'
            cand --place 'A place name [default: your profile''s place]'
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand --free 'A giveaway: the price is 0'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;list;edit'= {
            cand --title 'title'
            cand --description 'description'
            cand --category 'Category slug or id (see `flea category list`)'
            cand --condition 'new, like_new, good, fair, poor or for_parts'
            cand --price 'Asking price in the market currency, e.g. 12.50'
            cand --original-price 'What the item cost new (empty on edit: unknown)'
            cand --acquired 'When you got the item, YYYY-MM-DD (empty on edit: unknown)'
            cand --quantity 'Units for sale [add default: 1]'
            cand --tag 'A tag (repeatable); on edit, the tags given replace the old ones'
            cand --location 'Where the item is, LAT,LON [default: your profile''s location]'
            cand --place 'A place name [default: your profile''s place]'
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand --free 'A giveaway: the price is 0'
            cand --no-tags 'Remove every tag'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;list;show'= {
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
        &'flea;list;mine'= {
            cand --status 'Only listings in this status: active, reserved, sold, withdrawn'
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
        &'flea;list;withdraw'= {
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
        &'flea;list;relist'= {
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
        &'flea;list;photo'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Attach a JPEG, PNG, WebP or GIF file (its path, size and SHA-256 are kept)'
            cand remove 'Detach a photo'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;list;photo;add'= {
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
        &'flea;list;photo;remove'= {
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
        &'flea;list;photo;help'= {
            cand add 'Attach a JPEG, PNG, WebP or GIF file (its path, size and SHA-256 are kept)'
            cand remove 'Detach a photo'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;list;photo;help;add'= {
        }
        &'flea;list;photo;help;remove'= {
        }
        &'flea;list;photo;help;help'= {
        }
        &'flea;list;help'= {
            cand add 'Publish a listing (asks for missing fields on a terminal)'
            cand edit 'Change a listing you sell'
            cand show 'Show a listing (records a view when you are not its seller)'
            cand mine 'Your listings, newest first'
            cand withdraw 'Take a listing off the market'
            cand relist 'Put a withdrawn listing back on the market'
            cand photo 'Add or remove a listing''s photos'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;list;help;add'= {
        }
        &'flea;list;help;edit'= {
        }
        &'flea;list;help;show'= {
        }
        &'flea;list;help;mine'= {
        }
        &'flea;list;help;withdraw'= {
        }
        &'flea;list;help;relist'= {
        }
        &'flea;list;help;photo'= {
            cand add 'Attach a JPEG, PNG, WebP or GIF file (its path, size and SHA-256 are kept)'
            cand remove 'Detach a photo'
        }
        &'flea;list;help;photo;add'= {
        }
        &'flea;list;help;photo;remove'= {
        }
        &'flea;list;help;help'= {
        }
        &'flea;search'= {
            cand --category 'A category slug; includes its sub-categories'
            cand --min-price 'min-price'
            cand --max-price 'max-price'
            cand --condition 'new, like_new, good, fair, poor, for_parts (repeatable)'
            cand --seller 'Only this seller''s listings (username)'
            cand --min-rating 'Only sellers whose reputation is at least this (1-5)'
            cand --near 'LAT,LON, or `me` for your profile''s location'
            cand --within 'With --near: only listings within this many km'
            cand --sort 'sort'
            cand --limit 'limit'
            cand --offset 'offset'
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand --free 'Only giveaways'
            cand --include-sold 'Also reserved and sold listings'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;watch'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Watch a listing'
            cand remove 'Stop watching a listing'
            cand list 'Your watchlist, with price changes and sales since you started watching'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;watch;add'= {
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
        &'flea;watch;remove'= {
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
        &'flea;watch;list'= {
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
        &'flea;watch;help'= {
            cand add 'Watch a listing'
            cand remove 'Stop watching a listing'
            cand list 'Your watchlist, with price changes and sales since you started watching'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;watch;help;add'= {
        }
        &'flea;watch;help;remove'= {
        }
        &'flea;watch;help;list'= {
        }
        &'flea;watch;help;help'= {
        }
        &'flea;want'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Post what you are looking for'
            cand list 'Your open wants'
            cand remove 'Close a want'
            cand matches 'Listings that match your wants, scored, with each part of the score'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;want;add'= {
            cand --category 'A category slug (includes its sub-categories)'
            cand --max-price 'max-price'
            cand --near 'LAT,LON, or `me` for your profile''s location'
            cand --within 'With --near: how far you would go, in km'
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
        &'flea;want;list'= {
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
        &'flea;want;remove'= {
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
        &'flea;want;matches'= {
            cand --limit 'Matches per want'
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
        &'flea;want;help'= {
            cand add 'Post what you are looking for'
            cand list 'Your open wants'
            cand remove 'Close a want'
            cand matches 'Listings that match your wants, scored, with each part of the score'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;want;help;add'= {
        }
        &'flea;want;help;list'= {
        }
        &'flea;want;help;remove'= {
        }
        &'flea;want;help;matches'= {
        }
        &'flea;want;help;help'= {
        }
        &'flea;buy'= {
            cand --quantity 'How many units'
            cand --offer 'Offer this price per unit instead of buying at the asking price'
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
        &'flea;order'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'Your orders, newest first'
            cand show 'One order in full'
            cand pay 'Mark an order paid (buyer)'
            cand ship 'Mark an order shipped or handed over (seller)'
            cand receive 'Confirm you received the item (buyer); completes the order'
            cand cancel 'Cancel before shipping (buyer or seller); the stock comes back'
            cand dispute 'Dispute a shipped order (buyer)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;order;list'= {
            cand --status 'Only orders in this state: placed, paid, shipped, completed, cancelled, disputed'
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand --as-buyer 'Only orders where you buy'
            cand --as-seller 'Only orders where you sell'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;order;show'= {
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
        &'flea;order;pay'= {
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
        &'flea;order;ship'= {
            cand --tracking 'tracking'
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
        &'flea;order;receive'= {
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
        &'flea;order;cancel'= {
            cand --reason 'reason'
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
        &'flea;order;dispute'= {
            cand --reason 'reason'
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
        &'flea;order;help'= {
            cand list 'Your orders, newest first'
            cand show 'One order in full'
            cand pay 'Mark an order paid (buyer)'
            cand ship 'Mark an order shipped or handed over (seller)'
            cand receive 'Confirm you received the item (buyer); completes the order'
            cand cancel 'Cancel before shipping (buyer or seller); the stock comes back'
            cand dispute 'Dispute a shipped order (buyer)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;order;help;list'= {
        }
        &'flea;order;help;show'= {
        }
        &'flea;order;help;pay'= {
        }
        &'flea;order;help;ship'= {
        }
        &'flea;order;help;receive'= {
        }
        &'flea;order;help;cancel'= {
        }
        &'flea;order;help;dispute'= {
        }
        &'flea;order;help;help'= {
        }
        &'flea;offer'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'Offers on your listings and offers you made'
            cand accept 'Accept an offer: the order is placed at its price'
            cand decline 'Decline an offer'
            cand withdraw 'Take back an offer you made'
            cand counter 'Answer an offer with another price'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;offer;list'= {
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand --incoming 'Only offers on your listings'
            cand --outgoing 'Only offers you made as a buyer'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;offer;accept'= {
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
        &'flea;offer;decline'= {
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
        &'flea;offer;withdraw'= {
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
        &'flea;offer;counter'= {
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
        &'flea;offer;help'= {
            cand list 'Offers on your listings and offers you made'
            cand accept 'Accept an offer: the order is placed at its price'
            cand decline 'Decline an offer'
            cand withdraw 'Take back an offer you made'
            cand counter 'Answer an offer with another price'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;offer;help;list'= {
        }
        &'flea;offer;help;accept'= {
        }
        &'flea;offer;help;decline'= {
        }
        &'flea;offer;help;withdraw'= {
        }
        &'flea;offer;help;counter'= {
        }
        &'flea;offer;help;help'= {
        }
        &'flea;review'= {
            cand --rating '1 (bad) to 5 (excellent)'
            cand --comment 'comment'
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'A member''s reviews and reputation as seller and as buyer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;review;list'= {
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
        &'flea;review;help'= {
            cand list 'A member''s reviews and reputation as seller and as buyer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flea;review;help;list'= {
        }
        &'flea;review;help;help'= {
        }
        &'flea;demo'= {
            cand --size 'small: ~200 members, ~2,000 listings (seconds); large: 100,000 members, 1,000,000 listings (minutes)'
            cand --seed 'The random seed: the same seed gives the same market'
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand --force 'Fill a market that already has data (the demo data is added to it)'
            cand --explain 'Also print the generating parameters (depreciation curves, tastes)'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'flea;export'= {
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
        &'flea;import'= {
            cand --rejects 'With --skip-invalid: write the bad rows here, with a reason column'
            cand --from 'Read another platform''s listing export (listings only)'
            cand --condition 'With --from: the condition of items the platform doesn''t grade [default: new, or good when the title or tags say vintage or used]'
            cand --db 'The market file [default: market.db in the platform data directory]'
            cand --format 'How to print results'
            cand --color 'When to use colour (NO_COLOR is respected)'
            cand --skip-invalid 'Import the good rows and leave out the bad ones'
            cand --dry-run 'Check every row and write nothing'
            cand --ignore-unknown 'Skip columns the table does not have instead of refusing the file'
            cand -q 'Print only the ids of what was created or changed, one per line'
            cand --quiet 'Print only the ids of what was created or changed, one per line'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
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
            cand category 'The category tree (admins add and edit categories)'
            cand list 'Publish and manage listings'
            cand search 'Search listings: words, "phrases", -exclusions, prefix*, OR'
            cand watch 'Your watchlist: listings you follow, and what changed'
            cand want 'Wanted posts, and the listings that match them'
            cand buy 'Buy a listing, or make an offer on it'
            cand order 'Your orders and their life-cycle: pay, ship, receive, cancel, dispute'
            cand offer 'Offers on your listings and the offers you made'
            cand review 'Review the other party of a completed order, or read a member''s reviews'
            cand demo 'Fill the market with a realistic, reproducible sample to explore'
            cand export 'Write a table as CSV (or TSV, or JSON lines with --format jsonl)'
            cand import 'Read rows into a table from CSV (or TSV, or JSON lines)'
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
        &'flea;help;category'= {
            cand list 'Print the category tree with its impact factors'
            cand add 'Add a category (admins)'
            cand edit 'Change a category (admins)'
        }
        &'flea;help;category;list'= {
        }
        &'flea;help;category;add'= {
        }
        &'flea;help;category;edit'= {
        }
        &'flea;help;list'= {
            cand add 'Publish a listing (asks for missing fields on a terminal)'
            cand edit 'Change a listing you sell'
            cand show 'Show a listing (records a view when you are not its seller)'
            cand mine 'Your listings, newest first'
            cand withdraw 'Take a listing off the market'
            cand relist 'Put a withdrawn listing back on the market'
            cand photo 'Add or remove a listing''s photos'
        }
        &'flea;help;list;add'= {
        }
        &'flea;help;list;edit'= {
        }
        &'flea;help;list;show'= {
        }
        &'flea;help;list;mine'= {
        }
        &'flea;help;list;withdraw'= {
        }
        &'flea;help;list;relist'= {
        }
        &'flea;help;list;photo'= {
            cand add 'Attach a JPEG, PNG, WebP or GIF file (its path, size and SHA-256 are kept)'
            cand remove 'Detach a photo'
        }
        &'flea;help;list;photo;add'= {
        }
        &'flea;help;list;photo;remove'= {
        }
        &'flea;help;search'= {
        }
        &'flea;help;watch'= {
            cand add 'Watch a listing'
            cand remove 'Stop watching a listing'
            cand list 'Your watchlist, with price changes and sales since you started watching'
        }
        &'flea;help;watch;add'= {
        }
        &'flea;help;watch;remove'= {
        }
        &'flea;help;watch;list'= {
        }
        &'flea;help;want'= {
            cand add 'Post what you are looking for'
            cand list 'Your open wants'
            cand remove 'Close a want'
            cand matches 'Listings that match your wants, scored, with each part of the score'
        }
        &'flea;help;want;add'= {
        }
        &'flea;help;want;list'= {
        }
        &'flea;help;want;remove'= {
        }
        &'flea;help;want;matches'= {
        }
        &'flea;help;buy'= {
        }
        &'flea;help;order'= {
            cand list 'Your orders, newest first'
            cand show 'One order in full'
            cand pay 'Mark an order paid (buyer)'
            cand ship 'Mark an order shipped or handed over (seller)'
            cand receive 'Confirm you received the item (buyer); completes the order'
            cand cancel 'Cancel before shipping (buyer or seller); the stock comes back'
            cand dispute 'Dispute a shipped order (buyer)'
        }
        &'flea;help;order;list'= {
        }
        &'flea;help;order;show'= {
        }
        &'flea;help;order;pay'= {
        }
        &'flea;help;order;ship'= {
        }
        &'flea;help;order;receive'= {
        }
        &'flea;help;order;cancel'= {
        }
        &'flea;help;order;dispute'= {
        }
        &'flea;help;offer'= {
            cand list 'Offers on your listings and offers you made'
            cand accept 'Accept an offer: the order is placed at its price'
            cand decline 'Decline an offer'
            cand withdraw 'Take back an offer you made'
            cand counter 'Answer an offer with another price'
        }
        &'flea;help;offer;list'= {
        }
        &'flea;help;offer;accept'= {
        }
        &'flea;help;offer;decline'= {
        }
        &'flea;help;offer;withdraw'= {
        }
        &'flea;help;offer;counter'= {
        }
        &'flea;help;review'= {
            cand list 'A member''s reviews and reputation as seller and as buyer'
        }
        &'flea;help;review;list'= {
        }
        &'flea;help;demo'= {
        }
        &'flea;help;export'= {
        }
        &'flea;help;import'= {
        }
        &'flea;help;completions'= {
        }
        &'flea;help;help'= {
        }
    ]
    $completions[$command]
}
