
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'flea' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'flea'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'flea' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Set up a market explicitly (any other command creates one with defaults)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Members, sessions and profiles')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'The category tree (admins add and edit categories)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Publish and manage listings')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search listings: words, "phrases", -exclusions, prefix*, OR')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Your watchlist: listings you follow, and what changed')
            [CompletionResult]::new('want', 'want', [CompletionResultType]::ParameterValue, 'Wanted posts, and the listings that match them')
            [CompletionResult]::new('buy', 'buy', [CompletionResultType]::ParameterValue, 'Buy a listing, or make an offer on it')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Your orders and their life-cycle: pay, ship, receive, cancel, dispute')
            [CompletionResult]::new('offer', 'offer', [CompletionResultType]::ParameterValue, 'Offers on your listings and the offers you made')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Review the other party of a completed order, or read a member''s reviews')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Fill the market with a realistic, reproducible sample to explore')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a table as CSV (or TSV, or JSON lines with --format jsonl)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read rows into a table from CSV (or TSV, or JSON lines)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;init' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO 4217 currency code of the market''s prices')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The market''s name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;account' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Create an account (the market''s first account is its admin)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and keep a session for this market file')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the current session')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show who is logged in')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a member''s public profile (your own when no user is given)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change your profile (admins: anyone''s)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your password (admins: set anyone''s)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account: its profile is wiped and its username freed')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members'' public profiles')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;account;register' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'display-name')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'A place name shown to others, such as a town or campus')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where you trade from, as LAT,LON in degrees')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;account;login' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--print-token', '--print-token', [CompletionResultType]::ParameterName, 'Print the session token (for FLEA_SESSION) instead of saving a session file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;account;logout' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'End every session of this member, on every machine')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;account;whoami' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;account;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;account;edit' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'display-name')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'A place name shown to others, such as a town or campus')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where you trade from, as LAT,LON in degrees')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Make the member an admin, or not (admins only)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;account;passwd' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password(s) from standard input, one per line: the current one first when changing your own, then the new one')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;account;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;account;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many members')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many members first')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;account;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Create an account (the market''s first account is its admin)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and keep a session for this market file')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the current session')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show who is logged in')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a member''s public profile (your own when no user is given)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change your profile (admins: anyone''s)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your password (admins: set anyone''s)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account: its profile is wiped and its username freed')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members'' public profiles')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;account;help;register' {
            break
        }
        'flea;account;help;login' {
            break
        }
        'flea;account;help;logout' {
            break
        }
        'flea;account;help;whoami' {
            break
        }
        'flea;account;help;show' {
            break
        }
        'flea;account;help;edit' {
            break
        }
        'flea;account;help;passwd' {
            break
        }
        'flea;account;help;delete' {
            break
        }
        'flea;account;help;list' {
            break
        }
        'flea;account;help;help' {
            break
        }
        'flea;category' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print the category tree with its impact factors')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a category (admins)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a category (admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;category;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;category;add' {
            [CompletionResult]::new('--rename', '--rename', [CompletionResultType]::ParameterName, 'New slug (edit only)')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'The top-level category it belongs under (empty: top level)')
            [CompletionResult]::new('--name-en', '--name-en', [CompletionResultType]::ParameterName, 'name-en')
            [CompletionResult]::new('--name-zh', '--name-zh', [CompletionResultType]::ParameterName, 'name-zh')
            [CompletionResult]::new('--kg-co2e', '--kg-co2e', [CompletionResultType]::ParameterName, 'Kilograms of CO2e avoided when one item is reused (a category''s first factors need both this and --kg-waste)')
            [CompletionResult]::new('--kg-waste', '--kg-waste', [CompletionResultType]::ParameterName, 'Kilograms of waste avoided when one item is reused')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the factors come from')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;category;edit' {
            [CompletionResult]::new('--rename', '--rename', [CompletionResultType]::ParameterName, 'New slug (edit only)')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'The top-level category it belongs under (empty: top level)')
            [CompletionResult]::new('--name-en', '--name-en', [CompletionResultType]::ParameterName, 'name-en')
            [CompletionResult]::new('--name-zh', '--name-zh', [CompletionResultType]::ParameterName, 'name-zh')
            [CompletionResult]::new('--kg-co2e', '--kg-co2e', [CompletionResultType]::ParameterName, 'Kilograms of CO2e avoided when one item is reused (a category''s first factors need both this and --kg-waste)')
            [CompletionResult]::new('--kg-waste', '--kg-waste', [CompletionResultType]::ParameterName, 'Kilograms of waste avoided when one item is reused')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the factors come from')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;category;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print the category tree with its impact factors')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a category (admins)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a category (admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;category;help;list' {
            break
        }
        'flea;category;help;add' {
            break
        }
        'flea;category;help;edit' {
            break
        }
        'flea;category;help;help' {
            break
        }
        'flea;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Publish a listing (asks for missing fields on a terminal)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a listing you sell')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a listing (records a view when you are not its seller)')
            [CompletionResult]::new('mine', 'mine', [CompletionResultType]::ParameterValue, 'Your listings, newest first')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Take a listing off the market')
            [CompletionResult]::new('relist', 'relist', [CompletionResultType]::ParameterValue, 'Put a withdrawn listing back on the market')
            [CompletionResult]::new('photo', 'photo', [CompletionResultType]::ParameterValue, 'Add or remove a listing''s photos')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;list;add' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'title')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category slug or id (see `flea category list`)')
            [CompletionResult]::new('--condition', '--condition', [CompletionResultType]::ParameterName, 'new, like_new, good, fair, poor or for_parts')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Asking price in the market currency, e.g. 12.50')
            [CompletionResult]::new('--original-price', '--original-price', [CompletionResultType]::ParameterName, 'What the item cost new (empty on edit: unknown)')
            [CompletionResult]::new('--acquired', '--acquired', [CompletionResultType]::ParameterName, 'When you got the item, YYYY-MM-DD (empty on edit: unknown)')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'Units for sale [add default: 1]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable); on edit, the tags given replace the old ones')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where the item is, LAT,LON [default: your profile''s location]')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'A place name [default: your profile''s place]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('--free', '--free', [CompletionResultType]::ParameterName, 'A giveaway: the price is 0')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;list;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'title')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category slug or id (see `flea category list`)')
            [CompletionResult]::new('--condition', '--condition', [CompletionResultType]::ParameterName, 'new, like_new, good, fair, poor or for_parts')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Asking price in the market currency, e.g. 12.50')
            [CompletionResult]::new('--original-price', '--original-price', [CompletionResultType]::ParameterName, 'What the item cost new (empty on edit: unknown)')
            [CompletionResult]::new('--acquired', '--acquired', [CompletionResultType]::ParameterName, 'When you got the item, YYYY-MM-DD (empty on edit: unknown)')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'Units for sale [add default: 1]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable); on edit, the tags given replace the old ones')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where the item is, LAT,LON [default: your profile''s location]')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'A place name [default: your profile''s place]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('--free', '--free', [CompletionResultType]::ParameterName, 'A giveaway: the price is 0')
            [CompletionResult]::new('--no-tags', '--no-tags', [CompletionResultType]::ParameterName, 'Remove every tag')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;list;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;list;mine' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only listings in this status: active, reserved, sold, withdrawn')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;list;withdraw' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;list;relist' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;list;photo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach a JPEG, PNG, WebP or GIF file (its path, size and SHA-256 are kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Detach a photo')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;list;photo;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;list;photo;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;list;photo;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach a JPEG, PNG, WebP or GIF file (its path, size and SHA-256 are kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Detach a photo')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;list;photo;help;add' {
            break
        }
        'flea;list;photo;help;remove' {
            break
        }
        'flea;list;photo;help;help' {
            break
        }
        'flea;list;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Publish a listing (asks for missing fields on a terminal)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a listing you sell')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a listing (records a view when you are not its seller)')
            [CompletionResult]::new('mine', 'mine', [CompletionResultType]::ParameterValue, 'Your listings, newest first')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Take a listing off the market')
            [CompletionResult]::new('relist', 'relist', [CompletionResultType]::ParameterValue, 'Put a withdrawn listing back on the market')
            [CompletionResult]::new('photo', 'photo', [CompletionResultType]::ParameterValue, 'Add or remove a listing''s photos')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;list;help;add' {
            break
        }
        'flea;list;help;edit' {
            break
        }
        'flea;list;help;show' {
            break
        }
        'flea;list;help;mine' {
            break
        }
        'flea;list;help;withdraw' {
            break
        }
        'flea;list;help;relist' {
            break
        }
        'flea;list;help;photo' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach a JPEG, PNG, WebP or GIF file (its path, size and SHA-256 are kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Detach a photo')
            break
        }
        'flea;list;help;photo;add' {
            break
        }
        'flea;list;help;photo;remove' {
            break
        }
        'flea;list;help;help' {
            break
        }
        'flea;search' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A category slug; includes its sub-categories')
            [CompletionResult]::new('--min-price', '--min-price', [CompletionResultType]::ParameterName, 'min-price')
            [CompletionResult]::new('--max-price', '--max-price', [CompletionResultType]::ParameterName, 'max-price')
            [CompletionResult]::new('--condition', '--condition', [CompletionResultType]::ParameterName, 'new, like_new, good, fair, poor, for_parts (repeatable)')
            [CompletionResult]::new('--seller', '--seller', [CompletionResultType]::ParameterName, 'Only this seller''s listings (username)')
            [CompletionResult]::new('--min-rating', '--min-rating', [CompletionResultType]::ParameterName, 'Only sellers whose reputation is at least this (1-5)')
            [CompletionResult]::new('--near', '--near', [CompletionResultType]::ParameterName, 'LAT,LON, or `me` for your profile''s location')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'With --near: only listings within this many km')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'sort')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'offset')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('--free', '--free', [CompletionResultType]::ParameterName, 'Only giveaways')
            [CompletionResult]::new('--include-sold', '--include-sold', [CompletionResultType]::ParameterName, 'Also reserved and sold listings')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;watch' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Watch a listing')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop watching a listing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your watchlist, with price changes and sales since you started watching')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;watch;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;watch;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;watch;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;watch;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Watch a listing')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop watching a listing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your watchlist, with price changes and sales since you started watching')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;watch;help;add' {
            break
        }
        'flea;watch;help;remove' {
            break
        }
        'flea;watch;help;list' {
            break
        }
        'flea;watch;help;help' {
            break
        }
        'flea;want' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Post what you are looking for')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your open wants')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Close a want')
            [CompletionResult]::new('matches', 'matches', [CompletionResultType]::ParameterValue, 'Listings that match your wants, scored, with each part of the score')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;want;add' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A category slug (includes its sub-categories)')
            [CompletionResult]::new('--max-price', '--max-price', [CompletionResultType]::ParameterName, 'max-price')
            [CompletionResult]::new('--near', '--near', [CompletionResultType]::ParameterName, 'LAT,LON, or `me` for your profile''s location')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'With --near: how far you would go, in km')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;want;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;want;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;want;matches' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Matches per want')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;want;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Post what you are looking for')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your open wants')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Close a want')
            [CompletionResult]::new('matches', 'matches', [CompletionResultType]::ParameterValue, 'Listings that match your wants, scored, with each part of the score')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;want;help;add' {
            break
        }
        'flea;want;help;list' {
            break
        }
        'flea;want;help;remove' {
            break
        }
        'flea;want;help;matches' {
            break
        }
        'flea;want;help;help' {
            break
        }
        'flea;buy' {
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'How many units')
            [CompletionResult]::new('--offer', '--offer', [CompletionResultType]::ParameterName, 'Offer this price per unit instead of buying at the asking price')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;order' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your orders, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One order in full')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Mark an order paid (buyer)')
            [CompletionResult]::new('ship', 'ship', [CompletionResultType]::ParameterValue, 'Mark an order shipped or handed over (seller)')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Confirm you received the item (buyer); completes the order')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel before shipping (buyer or seller); the stock comes back')
            [CompletionResult]::new('dispute', 'dispute', [CompletionResultType]::ParameterValue, 'Dispute a shipped order (buyer)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;order;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only orders in this state: placed, paid, shipped, completed, cancelled, disputed')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('--as-buyer', '--as-buyer', [CompletionResultType]::ParameterName, 'Only orders where you buy')
            [CompletionResult]::new('--as-seller', '--as-seller', [CompletionResultType]::ParameterName, 'Only orders where you sell')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;order;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;order;pay' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;order;ship' {
            [CompletionResult]::new('--tracking', '--tracking', [CompletionResultType]::ParameterName, 'tracking')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;order;receive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;order;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;order;dispute' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;order;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your orders, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One order in full')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Mark an order paid (buyer)')
            [CompletionResult]::new('ship', 'ship', [CompletionResultType]::ParameterValue, 'Mark an order shipped or handed over (seller)')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Confirm you received the item (buyer); completes the order')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel before shipping (buyer or seller); the stock comes back')
            [CompletionResult]::new('dispute', 'dispute', [CompletionResultType]::ParameterValue, 'Dispute a shipped order (buyer)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;order;help;list' {
            break
        }
        'flea;order;help;show' {
            break
        }
        'flea;order;help;pay' {
            break
        }
        'flea;order;help;ship' {
            break
        }
        'flea;order;help;receive' {
            break
        }
        'flea;order;help;cancel' {
            break
        }
        'flea;order;help;dispute' {
            break
        }
        'flea;order;help;help' {
            break
        }
        'flea;offer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Offers on your listings and offers you made')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an offer: the order is placed at its price')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an offer')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Take back an offer you made')
            [CompletionResult]::new('counter', 'counter', [CompletionResultType]::ParameterValue, 'Answer an offer with another price')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;offer;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('--incoming', '--incoming', [CompletionResultType]::ParameterName, 'Only offers on your listings')
            [CompletionResult]::new('--outgoing', '--outgoing', [CompletionResultType]::ParameterName, 'Only offers you made as a buyer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;offer;accept' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;offer;decline' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;offer;withdraw' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;offer;counter' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;offer;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Offers on your listings and offers you made')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an offer: the order is placed at its price')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an offer')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Take back an offer you made')
            [CompletionResult]::new('counter', 'counter', [CompletionResultType]::ParameterValue, 'Answer an offer with another price')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;offer;help;list' {
            break
        }
        'flea;offer;help;accept' {
            break
        }
        'flea;offer;help;decline' {
            break
        }
        'flea;offer;help;withdraw' {
            break
        }
        'flea;offer;help;counter' {
            break
        }
        'flea;offer;help;help' {
            break
        }
        'flea;review' {
            [CompletionResult]::new('--rating', '--rating', [CompletionResultType]::ParameterName, '1 (bad) to 5 (excellent)')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'comment')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A member''s reviews and reputation as seller and as buyer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;review;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;review;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A member''s reviews and reputation as seller and as buyer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;review;help;list' {
            break
        }
        'flea;review;help;help' {
            break
        }
        'flea;demo' {
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'small: ~200 members, ~2,000 listings (seconds); large: 100,000 members, 1,000,000 listings (minutes)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'The random seed: the same seed gives the same market')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Fill a market that already has data (the demo data is added to it)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Also print the generating parameters (depreciation curves, tastes)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;import' {
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'With --skip-invalid: write the bad rows here, with a reason column')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read another platform''s listing export (listings only)')
            [CompletionResult]::new('--condition', '--condition', [CompletionResultType]::ParameterName, 'With --from: the condition of items the platform doesn''t grade [default: new, or good when the title or tags say vintage or used]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the good rows and leave out the bad ones')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and write nothing')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Skip columns the table does not have instead of refusing the file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'flea;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The market file [default: market.db in the platform data directory]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print results')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is respected)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or changed, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'flea;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Set up a market explicitly (any other command creates one with defaults)')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Members, sessions and profiles')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'The category tree (admins add and edit categories)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Publish and manage listings')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search listings: words, "phrases", -exclusions, prefix*, OR')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Your watchlist: listings you follow, and what changed')
            [CompletionResult]::new('want', 'want', [CompletionResultType]::ParameterValue, 'Wanted posts, and the listings that match them')
            [CompletionResult]::new('buy', 'buy', [CompletionResultType]::ParameterValue, 'Buy a listing, or make an offer on it')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Your orders and their life-cycle: pay, ship, receive, cancel, dispute')
            [CompletionResult]::new('offer', 'offer', [CompletionResultType]::ParameterValue, 'Offers on your listings and the offers you made')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Review the other party of a completed order, or read a member''s reviews')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Fill the market with a realistic, reproducible sample to explore')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a table as CSV (or TSV, or JSON lines with --format jsonl)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read rows into a table from CSV (or TSV, or JSON lines)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flea;help;init' {
            break
        }
        'flea;help;account' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Create an account (the market''s first account is its admin)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and keep a session for this market file')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the current session')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show who is logged in')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a member''s public profile (your own when no user is given)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change your profile (admins: anyone''s)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your password (admins: set anyone''s)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account: its profile is wiped and its username freed')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members'' public profiles')
            break
        }
        'flea;help;account;register' {
            break
        }
        'flea;help;account;login' {
            break
        }
        'flea;help;account;logout' {
            break
        }
        'flea;help;account;whoami' {
            break
        }
        'flea;help;account;show' {
            break
        }
        'flea;help;account;edit' {
            break
        }
        'flea;help;account;passwd' {
            break
        }
        'flea;help;account;delete' {
            break
        }
        'flea;help;account;list' {
            break
        }
        'flea;help;category' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print the category tree with its impact factors')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a category (admins)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a category (admins)')
            break
        }
        'flea;help;category;list' {
            break
        }
        'flea;help;category;add' {
            break
        }
        'flea;help;category;edit' {
            break
        }
        'flea;help;list' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Publish a listing (asks for missing fields on a terminal)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a listing you sell')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a listing (records a view when you are not its seller)')
            [CompletionResult]::new('mine', 'mine', [CompletionResultType]::ParameterValue, 'Your listings, newest first')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Take a listing off the market')
            [CompletionResult]::new('relist', 'relist', [CompletionResultType]::ParameterValue, 'Put a withdrawn listing back on the market')
            [CompletionResult]::new('photo', 'photo', [CompletionResultType]::ParameterValue, 'Add or remove a listing''s photos')
            break
        }
        'flea;help;list;add' {
            break
        }
        'flea;help;list;edit' {
            break
        }
        'flea;help;list;show' {
            break
        }
        'flea;help;list;mine' {
            break
        }
        'flea;help;list;withdraw' {
            break
        }
        'flea;help;list;relist' {
            break
        }
        'flea;help;list;photo' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Attach a JPEG, PNG, WebP or GIF file (its path, size and SHA-256 are kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Detach a photo')
            break
        }
        'flea;help;list;photo;add' {
            break
        }
        'flea;help;list;photo;remove' {
            break
        }
        'flea;help;search' {
            break
        }
        'flea;help;watch' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Watch a listing')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop watching a listing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your watchlist, with price changes and sales since you started watching')
            break
        }
        'flea;help;watch;add' {
            break
        }
        'flea;help;watch;remove' {
            break
        }
        'flea;help;watch;list' {
            break
        }
        'flea;help;want' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Post what you are looking for')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your open wants')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Close a want')
            [CompletionResult]::new('matches', 'matches', [CompletionResultType]::ParameterValue, 'Listings that match your wants, scored, with each part of the score')
            break
        }
        'flea;help;want;add' {
            break
        }
        'flea;help;want;list' {
            break
        }
        'flea;help;want;remove' {
            break
        }
        'flea;help;want;matches' {
            break
        }
        'flea;help;buy' {
            break
        }
        'flea;help;order' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your orders, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One order in full')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Mark an order paid (buyer)')
            [CompletionResult]::new('ship', 'ship', [CompletionResultType]::ParameterValue, 'Mark an order shipped or handed over (seller)')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Confirm you received the item (buyer); completes the order')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel before shipping (buyer or seller); the stock comes back')
            [CompletionResult]::new('dispute', 'dispute', [CompletionResultType]::ParameterValue, 'Dispute a shipped order (buyer)')
            break
        }
        'flea;help;order;list' {
            break
        }
        'flea;help;order;show' {
            break
        }
        'flea;help;order;pay' {
            break
        }
        'flea;help;order;ship' {
            break
        }
        'flea;help;order;receive' {
            break
        }
        'flea;help;order;cancel' {
            break
        }
        'flea;help;order;dispute' {
            break
        }
        'flea;help;offer' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Offers on your listings and offers you made')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an offer: the order is placed at its price')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an offer')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Take back an offer you made')
            [CompletionResult]::new('counter', 'counter', [CompletionResultType]::ParameterValue, 'Answer an offer with another price')
            break
        }
        'flea;help;offer;list' {
            break
        }
        'flea;help;offer;accept' {
            break
        }
        'flea;help;offer;decline' {
            break
        }
        'flea;help;offer;withdraw' {
            break
        }
        'flea;help;offer;counter' {
            break
        }
        'flea;help;review' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A member''s reviews and reputation as seller and as buyer')
            break
        }
        'flea;help;review;list' {
            break
        }
        'flea;help;demo' {
            break
        }
        'flea;help;export' {
            break
        }
        'flea;help;import' {
            break
        }
        'flea;help;completions' {
            break
        }
        'flea;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
