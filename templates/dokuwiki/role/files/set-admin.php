<?php
// Writes DokuWiki's user list with one account, the administrator (groups admin and user), its password read from
// stdin and stored as a bcrypt hash; then the marker file, so that later runs leave the accounts alone.
// Usage: php set-admin.php USERS_FILE LOGIN EMAIL MARKER < password
[, $users, $login, $email, $marker] = $argv;
$password = stream_get_contents(STDIN);
if ($password === false || strlen($password) < 8) {
    fwrite(STDERR, "no password on stdin\n");
    exit(1);
}
$header = "# users.auth.php\n# <?php exit()?>\n# Don't modify the lines above\n#\n"
    . "# login:passwordhash:Real Name:email:groups,comma,separated\n\n";
$line = implode(':', [$login, password_hash($password, PASSWORD_BCRYPT), 'Administrator', $email, 'admin,user']);
$temporary = $users . '.containr';
if (file_put_contents($temporary, $header . $line . "\n") === false || !chmod($temporary, 0600)
        || !chown($temporary, 'www-data') || !rename($temporary, $users) || !touch($marker)) {
    fwrite(STDERR, "could not write $users\n");
    exit(1);
}
