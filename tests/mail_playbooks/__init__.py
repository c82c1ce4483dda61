"""The mail playbooks (mail_setup, mail_mailboxes, mail_send_test) on a real LXC guest, through the real engine."""
