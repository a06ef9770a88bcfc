#!/usr/bin/env bash
# Starts a private cupsd (its own config, spool, socket: nothing of the system's
# print set-up is touched) with one cups-pdf queue, and prints its PID when ready:
#   scripts/_cupsd.sh DIR QUEUE PRESERVE
# DIR holds etc/ (cupsd.conf), spool/, out/ (the queue's PDFs) and cups.sock; the
# filters run as lp, so every folder above DIR must be open to others (/tmp is;
# a clone under /root is not). Its name also names the queue's cups-pdf config,
# /etc/cups/cups-pdf-$(basename DIR).conf, which the caller removes with DIR;
# PRESERVE is the value of PreserveJobFiles and PreserveJobHistory ("No" for a
# spool that keeps nothing, "Yes" for one that keeps every job). The caller
# stops cupsd by that PID. Clients reach it with CUPS_SERVER=DIR/cups.sock and
# CUPS_SERVERROOT=DIR/etc (where LeadVault reads the spool's configuration).
set -euo pipefail
dir=$(mkdir -p "$1" && cd "$1" && pwd)
chmod 0755 "$dir"
queue=$2
preserve=$3
rm -rf "$dir/etc" "$dir/spool" "$dir/cache" "$dir/state" "$dir/cups-pdf-spool"
mkdir -p "$dir/etc/ppd" "$dir/spool/tmp" "$dir/cache" "$dir/state" "$dir/log" "$dir/out" \
  "$dir/cups-pdf-spool"
chmod 0755 "$dir/out" "$dir/cups-pdf-spool"
rm -f "$dir/cups.sock"

cat > "$dir/etc/cups-files.conf" <<EOF
ServerRoot $dir/etc
RequestRoot $dir/spool
TempDir $dir/spool/tmp
CacheDir $dir/cache
StateDir $dir/state
ErrorLog $dir/log/error_log
AccessLog $dir/log/access_log
PageLog $dir/log/page_log
SystemGroup root
User lp
Group lp
EOF
cat > "$dir/etc/cupsd.conf" <<EOF
LogLevel warn
Listen $dir/cups.sock
Browsing No
WebInterface No
DefaultAuthType None
PreserveJobFiles $preserve
PreserveJobHistory $preserve
<Location />
  Order allow,deny
  Allow localhost
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
EOF

# cups-pdf reads /etc/cups/cups-pdf-<instance>.conf for the URI cups-pdf:/<instance>
# (the path is compiled in); the instance is this queue's, its folders are DIR's.
instance=$(basename "$dir")
cat > "/etc/cups/cups-pdf-$instance.conf" <<EOF
Out $dir/out
AnonDirName $dir/out
Spool $dir/cups-pdf-spool
Label 2
UserUMask 0077
EOF

cupsd -f -c "$dir/etc/cupsd.conf" -s "$dir/etc/cups-files.conf" > "$dir/log/cupsd.out" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  [ -S "$dir/cups.sock" ] && break
  sleep 0.1
done
[ -S "$dir/cups.sock" ] || { echo "cupsd did not start:" >&2; cat "$dir/log/"* >&2; kill "$pid"; exit 1; }
# (lpadmin warns that PPD drivers are deprecated: cups-pdf still comes as one.)
lpadmin -h "$dir/cups.sock" -p "$queue" -E -v "cups-pdf:/$instance" \
  -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2> "$dir/log/lpadmin.log" \
  || { cat "$dir/log/lpadmin.log" >&2; kill "$pid"; exit 1; }
echo "$pid"
