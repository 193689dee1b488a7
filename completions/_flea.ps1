
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
