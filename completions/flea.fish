# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_flea_global_optspecs
    string join \n db= format= q/quiet y/yes color= h/help V/version
end

function __fish_flea_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_flea_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_flea_using_subcommand
    set -l cmd (__fish_flea_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c flea -n "__fish_flea_needs_command" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_needs_command" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_needs_command" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_needs_command" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_needs_command" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flea -n "__fish_flea_needs_command" -s V -l version -d 'Print version'
complete -c flea -n "__fish_flea_needs_command" -f -a "init" -d 'Set up a market explicitly (any other command creates one with defaults)'
complete -c flea -n "__fish_flea_needs_command" -f -a "account" -d 'Members, sessions and profiles'
complete -c flea -n "__fish_flea_needs_command" -f -a "category" -d 'The category tree (admins add and edit categories)'
complete -c flea -n "__fish_flea_needs_command" -f -a "list" -d 'Publish and manage listings'
complete -c flea -n "__fish_flea_needs_command" -f -a "search" -d 'Search listings: words, "phrases", -exclusions, prefix*, OR'
complete -c flea -n "__fish_flea_needs_command" -f -a "watch" -d 'Your watchlist: listings you follow, and what changed'
complete -c flea -n "__fish_flea_needs_command" -f -a "want" -d 'Wanted posts, and the listings that match them'
complete -c flea -n "__fish_flea_needs_command" -f -a "buy" -d 'Buy a listing, or make an offer on it'
complete -c flea -n "__fish_flea_needs_command" -f -a "order" -d 'Your orders and their life-cycle: pay, ship, receive, cancel, dispute'
complete -c flea -n "__fish_flea_needs_command" -f -a "offer" -d 'Offers on your listings and the offers you made'
complete -c flea -n "__fish_flea_needs_command" -f -a "review" -d 'Review the other party of a completed order, or read a member\'s reviews'
complete -c flea -n "__fish_flea_needs_command" -f -a "demo" -d 'Fill the market with a realistic, reproducible sample to explore'
complete -c flea -n "__fish_flea_needs_command" -f -a "export" -d 'Write a table as CSV (or TSV, or JSON lines with --format jsonl)'
complete -c flea -n "__fish_flea_needs_command" -f -a "import" -d 'Read rows into a table from CSV (or TSV, or JSON lines)'
complete -c flea -n "__fish_flea_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c flea -n "__fish_flea_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand init" -l currency -d 'ISO 4217 currency code of the market\'s prices' -r
complete -c flea -n "__fish_flea_using_subcommand init" -l name -d 'The market\'s name' -r
complete -c flea -n "__fish_flea_using_subcommand init" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand init" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand init" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand init" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand init" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -f -a "register" -d 'Create an account (the market\'s first account is its admin)'
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -f -a "login" -d 'Log in and keep a session for this market file'
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -f -a "logout" -d 'End the current session'
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -f -a "whoami" -d 'Show who is logged in'
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -f -a "show" -d 'Show a member\'s public profile (your own when no user is given)'
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -f -a "edit" -d 'Change your profile (admins: anyone\'s)'
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -f -a "passwd" -d 'Change your password (admins: set anyone\'s)'
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -f -a "delete" -d 'Delete an account: its profile is wiped and its username freed'
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -f -a "list" -d 'List members\' public profiles'
complete -c flea -n "__fish_flea_using_subcommand account; and not __fish_seen_subcommand_from register login logout whoami show edit passwd delete list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from register" -l email -r
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from register" -l display-name -r
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from register" -l place -d 'A place name shown to others, such as a town or campus' -r
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from register" -l location -d 'Where you trade from, as LAT,LON in degrees' -r
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from register" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from register" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from register" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from register" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from register" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from login" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from login" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from login" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from login" -l print-token -d 'Print the session token (for FLEA_SESSION) instead of saving a session file'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from login" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from logout" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from logout" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from logout" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from logout" -l all -d 'End every session of this member, on every machine'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from logout" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from whoami" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from whoami" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from whoami" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from whoami" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from whoami" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from whoami" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from show" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from show" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from edit" -l email -r
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from edit" -l display-name -r
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from edit" -l place -d 'A place name shown to others, such as a town or campus' -r
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from edit" -l location -d 'Where you trade from, as LAT,LON in degrees' -r
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from edit" -l admin -d 'Make the member an admin, or not (admins only)' -r -f -a "true\t''
false\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from edit" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from edit" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from passwd" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from passwd" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from passwd" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read the password(s) from standard input, one per line: the current one first when changing your own, then the new one'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from passwd" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from delete" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from delete" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from list" -l limit -d 'At most this many members' -r
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many members first' -r
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from list" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from list" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "register" -d 'Create an account (the market\'s first account is its admin)'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "login" -d 'Log in and keep a session for this market file'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "logout" -d 'End the current session'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "whoami" -d 'Show who is logged in'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a member\'s public profile (your own when no user is given)'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change your profile (admins: anyone\'s)'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Change your password (admins: set anyone\'s)'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an account: its profile is wiped and its username freed'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List members\' public profiles'
complete -c flea -n "__fish_flea_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand category; and not __fish_seen_subcommand_from list add edit help" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand category; and not __fish_seen_subcommand_from list add edit help" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand category; and not __fish_seen_subcommand_from list add edit help" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand category; and not __fish_seen_subcommand_from list add edit help" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand category; and not __fish_seen_subcommand_from list add edit help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand category; and not __fish_seen_subcommand_from list add edit help" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand category; and not __fish_seen_subcommand_from list add edit help" -f -a "list" -d 'Print the category tree with its impact factors'
complete -c flea -n "__fish_flea_using_subcommand category; and not __fish_seen_subcommand_from list add edit help" -f -a "add" -d 'Add a category (admins)'
complete -c flea -n "__fish_flea_using_subcommand category; and not __fish_seen_subcommand_from list add edit help" -f -a "edit" -d 'Change a category (admins)'
complete -c flea -n "__fish_flea_using_subcommand category; and not __fish_seen_subcommand_from list add edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from list" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from list" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from add" -l rename -d 'New slug (edit only)' -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from add" -l parent -d 'The top-level category it belongs under (empty: top level)' -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from add" -l name-en -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from add" -l name-zh -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from add" -l kg-co2e -d 'Kilograms of CO2e avoided when one item is reused (a category\'s first factors need both this and --kg-waste)' -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from add" -l kg-waste -d 'Kilograms of waste avoided when one item is reused' -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from add" -l source -d 'Where the factors come from' -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from add" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from add" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from edit" -l rename -d 'New slug (edit only)' -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from edit" -l parent -d 'The top-level category it belongs under (empty: top level)' -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from edit" -l name-en -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from edit" -l name-zh -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from edit" -l kg-co2e -d 'Kilograms of CO2e avoided when one item is reused (a category\'s first factors need both this and --kg-waste)' -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from edit" -l kg-waste -d 'Kilograms of waste avoided when one item is reused' -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from edit" -l source -d 'Where the factors come from' -r
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from edit" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from edit" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "list" -d 'Print the category tree with its impact factors'
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a category (admins)'
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a category (admins)'
complete -c flea -n "__fish_flea_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -f -a "add" -d 'Publish a listing (asks for missing fields on a terminal)'
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -f -a "edit" -d 'Change a listing you sell'
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -f -a "show" -d 'Show a listing (records a view when you are not its seller)'
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -f -a "mine" -d 'Your listings, newest first'
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -f -a "withdraw" -d 'Take a listing off the market'
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -f -a "relist" -d 'Put a withdrawn listing back on the market'
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -f -a "photo" -d 'Add or remove a listing\'s photos'
complete -c flea -n "__fish_flea_using_subcommand list; and not __fish_seen_subcommand_from add edit show mine withdraw relist photo help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l title -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l description -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l category -d 'Category slug or id (see `flea category list`)' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l condition -d 'new, like_new, good, fair, poor or for_parts' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l price -d 'Asking price in the market currency, e.g. 12.50' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l original-price -d 'What the item cost new (empty on edit: unknown)' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l acquired -d 'When you got the item, YYYY-MM-DD (empty on edit: unknown)' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l quantity -d 'Units for sale [add default: 1]' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l tag -d 'A tag (repeatable); on edit, the tags given replace the old ones' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l location -d 'Where the item is, LAT,LON [default: your profile\'s location]' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l place -d 'A place name [default: your profile\'s place]' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -l free -d 'A giveaway: the price is 0'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l title -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l description -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l category -d 'Category slug or id (see `flea category list`)' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l condition -d 'new, like_new, good, fair, poor or for_parts' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l price -d 'Asking price in the market currency, e.g. 12.50' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l original-price -d 'What the item cost new (empty on edit: unknown)' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l acquired -d 'When you got the item, YYYY-MM-DD (empty on edit: unknown)' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l quantity -d 'Units for sale [add default: 1]' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l tag -d 'A tag (repeatable); on edit, the tags given replace the old ones' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l location -d 'Where the item is, LAT,LON [default: your profile\'s location]' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l place -d 'A place name [default: your profile\'s place]' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l free -d 'A giveaway: the price is 0'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -l no-tags -d 'Remove every tag'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from show" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from show" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from mine" -l status -d 'Only listings in this status: active, reserved, sold, withdrawn' -r
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from mine" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from mine" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from mine" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from mine" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from mine" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from mine" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from withdraw" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from withdraw" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from withdraw" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from withdraw" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from withdraw" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from withdraw" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from relist" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from relist" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from relist" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from relist" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from relist" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from relist" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from photo" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from photo" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from photo" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from photo" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from photo" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from photo" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from photo" -f -a "add" -d 'Attach a JPEG, PNG, WebP or GIF file (its path, size and SHA-256 are kept)'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from photo" -f -a "remove" -d 'Detach a photo'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from photo" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "add" -d 'Publish a listing (asks for missing fields on a terminal)'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a listing you sell'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a listing (records a view when you are not its seller)'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "mine" -d 'Your listings, newest first'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "withdraw" -d 'Take a listing off the market'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "relist" -d 'Put a withdrawn listing back on the market'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "photo" -d 'Add or remove a listing\'s photos'
complete -c flea -n "__fish_flea_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand search" -l category -d 'A category slug; includes its sub-categories' -r
complete -c flea -n "__fish_flea_using_subcommand search" -l min-price -r
complete -c flea -n "__fish_flea_using_subcommand search" -l max-price -r
complete -c flea -n "__fish_flea_using_subcommand search" -l condition -d 'new, like_new, good, fair, poor, for_parts (repeatable)' -r
complete -c flea -n "__fish_flea_using_subcommand search" -l seller -d 'Only this seller\'s listings (username)' -r
complete -c flea -n "__fish_flea_using_subcommand search" -l min-rating -d 'Only sellers whose reputation is at least this (1-5)' -r
complete -c flea -n "__fish_flea_using_subcommand search" -l near -d 'LAT,LON, or `me` for your profile\'s location' -r
complete -c flea -n "__fish_flea_using_subcommand search" -l within -d 'With --near: only listings within this many km' -r
complete -c flea -n "__fish_flea_using_subcommand search" -l sort -r -f -a "relevance\t''
price-asc\t''
price-desc\t''
newest\t''
distance\t''"
complete -c flea -n "__fish_flea_using_subcommand search" -l limit -r
complete -c flea -n "__fish_flea_using_subcommand search" -l offset -r
complete -c flea -n "__fish_flea_using_subcommand search" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand search" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand search" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand search" -l free -d 'Only giveaways'
complete -c flea -n "__fish_flea_using_subcommand search" -l include-sold -d 'Also reserved and sold listings'
complete -c flea -n "__fish_flea_using_subcommand search" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand search" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand search" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand watch; and not __fish_seen_subcommand_from add remove list help" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand watch; and not __fish_seen_subcommand_from add remove list help" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand watch; and not __fish_seen_subcommand_from add remove list help" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand watch; and not __fish_seen_subcommand_from add remove list help" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand watch; and not __fish_seen_subcommand_from add remove list help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand watch; and not __fish_seen_subcommand_from add remove list help" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand watch; and not __fish_seen_subcommand_from add remove list help" -f -a "add" -d 'Watch a listing'
complete -c flea -n "__fish_flea_using_subcommand watch; and not __fish_seen_subcommand_from add remove list help" -f -a "remove" -d 'Stop watching a listing'
complete -c flea -n "__fish_flea_using_subcommand watch; and not __fish_seen_subcommand_from add remove list help" -f -a "list" -d 'Your watchlist, with price changes and sales since you started watching'
complete -c flea -n "__fish_flea_using_subcommand watch; and not __fish_seen_subcommand_from add remove list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from add" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from add" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from remove" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from remove" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from list" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from list" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "add" -d 'Watch a listing'
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Stop watching a listing'
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your watchlist, with price changes and sales since you started watching'
complete -c flea -n "__fish_flea_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand want; and not __fish_seen_subcommand_from add list remove matches help" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand want; and not __fish_seen_subcommand_from add list remove matches help" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand want; and not __fish_seen_subcommand_from add list remove matches help" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand want; and not __fish_seen_subcommand_from add list remove matches help" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand want; and not __fish_seen_subcommand_from add list remove matches help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand want; and not __fish_seen_subcommand_from add list remove matches help" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand want; and not __fish_seen_subcommand_from add list remove matches help" -f -a "add" -d 'Post what you are looking for'
complete -c flea -n "__fish_flea_using_subcommand want; and not __fish_seen_subcommand_from add list remove matches help" -f -a "list" -d 'Your open wants'
complete -c flea -n "__fish_flea_using_subcommand want; and not __fish_seen_subcommand_from add list remove matches help" -f -a "remove" -d 'Close a want'
complete -c flea -n "__fish_flea_using_subcommand want; and not __fish_seen_subcommand_from add list remove matches help" -f -a "matches" -d 'Listings that match your wants, scored, with each part of the score'
complete -c flea -n "__fish_flea_using_subcommand want; and not __fish_seen_subcommand_from add list remove matches help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from add" -l category -d 'A category slug (includes its sub-categories)' -r
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from add" -l max-price -r
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from add" -l near -d 'LAT,LON, or `me` for your profile\'s location' -r
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from add" -l within -d 'With --near: how far you would go, in km' -r
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from add" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from add" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from list" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from list" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from remove" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from remove" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from matches" -l limit -d 'Matches per want' -r
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from matches" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from matches" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from matches" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from matches" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from matches" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from matches" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from help" -f -a "add" -d 'Post what you are looking for'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your open wants'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Close a want'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from help" -f -a "matches" -d 'Listings that match your wants, scored, with each part of the score'
complete -c flea -n "__fish_flea_using_subcommand want; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand buy" -l quantity -d 'How many units' -r
complete -c flea -n "__fish_flea_using_subcommand buy" -l offer -d 'Offer this price per unit instead of buying at the asking price' -r
complete -c flea -n "__fish_flea_using_subcommand buy" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand buy" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand buy" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand buy" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand buy" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand buy" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -f -a "list" -d 'Your orders, newest first'
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -f -a "show" -d 'One order in full'
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -f -a "pay" -d 'Mark an order paid (buyer)'
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -f -a "ship" -d 'Mark an order shipped or handed over (seller)'
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -f -a "receive" -d 'Confirm you received the item (buyer); completes the order'
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -f -a "cancel" -d 'Cancel before shipping (buyer or seller); the stock comes back'
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -f -a "dispute" -d 'Dispute a shipped order (buyer)'
complete -c flea -n "__fish_flea_using_subcommand order; and not __fish_seen_subcommand_from list show pay ship receive cancel dispute help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from list" -l status -d 'Only orders in this state: placed, paid, shipped, completed, cancelled, disputed' -r
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from list" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from list" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from list" -l as-buyer -d 'Only orders where you buy'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from list" -l as-seller -d 'Only orders where you sell'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from show" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from show" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from pay" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from pay" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from pay" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from pay" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from pay" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from pay" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from ship" -l tracking -r
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from ship" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from ship" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from ship" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from ship" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from ship" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from ship" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from receive" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from receive" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from receive" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from receive" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from receive" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from receive" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from cancel" -l reason -r
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from cancel" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from cancel" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from dispute" -l reason -r
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from dispute" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from dispute" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from dispute" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from dispute" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from dispute" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from dispute" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your orders, newest first'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "show" -d 'One order in full'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "pay" -d 'Mark an order paid (buyer)'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "ship" -d 'Mark an order shipped or handed over (seller)'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "receive" -d 'Confirm you received the item (buyer); completes the order'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel before shipping (buyer or seller); the stock comes back'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "dispute" -d 'Dispute a shipped order (buyer)'
complete -c flea -n "__fish_flea_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand offer; and not __fish_seen_subcommand_from list accept decline withdraw counter help" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand offer; and not __fish_seen_subcommand_from list accept decline withdraw counter help" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand offer; and not __fish_seen_subcommand_from list accept decline withdraw counter help" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand offer; and not __fish_seen_subcommand_from list accept decline withdraw counter help" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand offer; and not __fish_seen_subcommand_from list accept decline withdraw counter help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand offer; and not __fish_seen_subcommand_from list accept decline withdraw counter help" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand offer; and not __fish_seen_subcommand_from list accept decline withdraw counter help" -f -a "list" -d 'Offers on your listings and offers you made'
complete -c flea -n "__fish_flea_using_subcommand offer; and not __fish_seen_subcommand_from list accept decline withdraw counter help" -f -a "accept" -d 'Accept an offer: the order is placed at its price'
complete -c flea -n "__fish_flea_using_subcommand offer; and not __fish_seen_subcommand_from list accept decline withdraw counter help" -f -a "decline" -d 'Decline an offer'
complete -c flea -n "__fish_flea_using_subcommand offer; and not __fish_seen_subcommand_from list accept decline withdraw counter help" -f -a "withdraw" -d 'Take back an offer you made'
complete -c flea -n "__fish_flea_using_subcommand offer; and not __fish_seen_subcommand_from list accept decline withdraw counter help" -f -a "counter" -d 'Answer an offer with another price'
complete -c flea -n "__fish_flea_using_subcommand offer; and not __fish_seen_subcommand_from list accept decline withdraw counter help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from list" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from list" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from list" -l incoming -d 'Only offers on your listings'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from list" -l outgoing -d 'Only offers you made as a buyer'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from accept" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from accept" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from accept" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from decline" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from decline" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from decline" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from decline" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from withdraw" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from withdraw" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from withdraw" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from withdraw" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from withdraw" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from withdraw" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from counter" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from counter" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from counter" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from counter" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from counter" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from counter" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "list" -d 'Offers on your listings and offers you made'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept an offer: the order is placed at its price'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline an offer'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "withdraw" -d 'Take back an offer you made'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "counter" -d 'Answer an offer with another price'
complete -c flea -n "__fish_flea_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand review; and not __fish_seen_subcommand_from list help" -l rating -d '1 (bad) to 5 (excellent)' -r
complete -c flea -n "__fish_flea_using_subcommand review; and not __fish_seen_subcommand_from list help" -l comment -r
complete -c flea -n "__fish_flea_using_subcommand review; and not __fish_seen_subcommand_from list help" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand review; and not __fish_seen_subcommand_from list help" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand review; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand review; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand review; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand review; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand review; and not __fish_seen_subcommand_from list help" -a "list" -d 'A member\'s reviews and reputation as seller and as buyer'
complete -c flea -n "__fish_flea_using_subcommand review; and not __fish_seen_subcommand_from list help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand review; and __fish_seen_subcommand_from list" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand review; and __fish_seen_subcommand_from list" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand review; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand review; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand review; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand review; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand review; and __fish_seen_subcommand_from help" -f -a "list" -d 'A member\'s reviews and reputation as seller and as buyer'
complete -c flea -n "__fish_flea_using_subcommand review; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand demo" -l size -d 'small: ~200 members, ~2,000 listings (seconds); large: 100,000 members, 1,000,000 listings (minutes)' -r -f -a "small\t''
large\t''"
complete -c flea -n "__fish_flea_using_subcommand demo" -l seed -d 'The random seed: the same seed gives the same market' -r
complete -c flea -n "__fish_flea_using_subcommand demo" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand demo" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand demo" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand demo" -l force -d 'Fill a market that already has data (the demo data is added to it)'
complete -c flea -n "__fish_flea_using_subcommand demo" -l explain -d 'Also print the generating parameters (depreciation curves, tastes)'
complete -c flea -n "__fish_flea_using_subcommand demo" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand demo" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand export" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand export" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand export" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand export" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand export" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand export" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand import" -l rejects -d 'With --skip-invalid: write the bad rows here, with a reason column' -r -F
complete -c flea -n "__fish_flea_using_subcommand import" -l from -d 'Read another platform\'s listing export (listings only)' -r -f -a "etsy\t'Etsy\'s "Download Data" listings CSV'
shopify\t'Shopify\'s products CSV (Products > Export)'
ebay\t'eBay\'s Seller Hub active listings report, or a File Exchange file'"
complete -c flea -n "__fish_flea_using_subcommand import" -l condition -d 'With --from: the condition of items the platform doesn\'t grade [default: new, or good when the title or tags say vintage or used]' -r -f -a "new\t''
like_new\t''
good\t''
fair\t''
poor\t''
for_parts\t''"
complete -c flea -n "__fish_flea_using_subcommand import" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand import" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand import" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand import" -l skip-invalid -d 'Import the good rows and leave out the bad ones'
complete -c flea -n "__fish_flea_using_subcommand import" -l dry-run -d 'Check every row and write nothing'
complete -c flea -n "__fish_flea_using_subcommand import" -l ignore-unknown -d 'Skip columns the table does not have instead of refusing the file'
complete -c flea -n "__fish_flea_using_subcommand import" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand import" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flea -n "__fish_flea_using_subcommand completions" -l db -d 'The market file [default: market.db in the platform data directory]' -r -F
complete -c flea -n "__fish_flea_using_subcommand completions" -l format -d 'How to print results' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''"
complete -c flea -n "__fish_flea_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c flea -n "__fish_flea_using_subcommand completions" -s q -l quiet -d 'Print only the ids of what was created or changed, one per line'
complete -c flea -n "__fish_flea_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations'
complete -c flea -n "__fish_flea_using_subcommand completions" -s h -l help -d 'Print help'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "init" -d 'Set up a market explicitly (any other command creates one with defaults)'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "account" -d 'Members, sessions and profiles'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "category" -d 'The category tree (admins add and edit categories)'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "list" -d 'Publish and manage listings'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "search" -d 'Search listings: words, "phrases", -exclusions, prefix*, OR'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "watch" -d 'Your watchlist: listings you follow, and what changed'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "want" -d 'Wanted posts, and the listings that match them'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "buy" -d 'Buy a listing, or make an offer on it'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "order" -d 'Your orders and their life-cycle: pay, ship, receive, cancel, dispute'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "offer" -d 'Offers on your listings and the offers you made'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "review" -d 'Review the other party of a completed order, or read a member\'s reviews'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "demo" -d 'Fill the market with a realistic, reproducible sample to explore'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "export" -d 'Write a table as CSV (or TSV, or JSON lines with --format jsonl)'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "import" -d 'Read rows into a table from CSV (or TSV, or JSON lines)'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c flea -n "__fish_flea_using_subcommand help; and not __fish_seen_subcommand_from init account category list search watch want buy order offer review demo export import completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "register" -d 'Create an account (the market\'s first account is its admin)'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "login" -d 'Log in and keep a session for this market file'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "logout" -d 'End the current session'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "whoami" -d 'Show who is logged in'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show a member\'s public profile (your own when no user is given)'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "edit" -d 'Change your profile (admins: anyone\'s)'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "passwd" -d 'Change your password (admins: set anyone\'s)'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "delete" -d 'Delete an account: its profile is wiped and its username freed'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List members\' public profiles'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from category" -f -a "list" -d 'Print the category tree with its impact factors'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from category" -f -a "add" -d 'Add a category (admins)'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from category" -f -a "edit" -d 'Change a category (admins)'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "add" -d 'Publish a listing (asks for missing fields on a terminal)'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "edit" -d 'Change a listing you sell'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "show" -d 'Show a listing (records a view when you are not its seller)'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "mine" -d 'Your listings, newest first'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "withdraw" -d 'Take a listing off the market'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "relist" -d 'Put a withdrawn listing back on the market'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "photo" -d 'Add or remove a listing\'s photos'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "add" -d 'Watch a listing'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "remove" -d 'Stop watching a listing'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "list" -d 'Your watchlist, with price changes and sales since you started watching'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from want" -f -a "add" -d 'Post what you are looking for'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from want" -f -a "list" -d 'Your open wants'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from want" -f -a "remove" -d 'Close a want'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from want" -f -a "matches" -d 'Listings that match your wants, scored, with each part of the score'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "list" -d 'Your orders, newest first'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "show" -d 'One order in full'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "pay" -d 'Mark an order paid (buyer)'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "ship" -d 'Mark an order shipped or handed over (seller)'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "receive" -d 'Confirm you received the item (buyer); completes the order'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "cancel" -d 'Cancel before shipping (buyer or seller); the stock comes back'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "dispute" -d 'Dispute a shipped order (buyer)'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from offer" -f -a "list" -d 'Offers on your listings and offers you made'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from offer" -f -a "accept" -d 'Accept an offer: the order is placed at its price'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from offer" -f -a "decline" -d 'Decline an offer'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from offer" -f -a "withdraw" -d 'Take back an offer you made'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from offer" -f -a "counter" -d 'Answer an offer with another price'
complete -c flea -n "__fish_flea_using_subcommand help; and __fish_seen_subcommand_from review" -f -a "list" -d 'A member\'s reviews and reputation as seller and as buyer'
