"""Everything RecoveryDesk keeps on disk. Imports no Qt."""
