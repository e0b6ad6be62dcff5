#!/usr/bin/env python3
"""Times one day of the daily report two ways on a seeded database and compares them.

The plain SQL aggregate runs the GROUP BY queries of an SQL file in one mariadb (or
mysql) client call, timed from this script. The job is started through the WildFly
CLI's start-job operation and timed from the server log, from its listener's "started"
line to its "ended" line. Its daily_report_run row (started_at to finished_at) times the
same span, but Connector/J writes whole seconds to MariaDB, so that time is only printed
beside it. After one unrecorded warm-up of each, the two alternate for the given number
of runs. The script checks that every run completed with a row for each enabled user and
no problems, and that the job's figures equal the aggregate's. It prints the medians as
one JSON line, then a Markdown table row.
"""
import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from datetime import datetime
from decimal import ROUND_HALF_EVEN, Decimal

COUNT_COLUMNS = ["customers_created", "contacts_created", "activities", "schedules_done", "tasks_completed",
                 "opportunities_created", "stage_advances", "deals_won", "deals_lost", "contracts_signed",
                 "payments_received", "expenses_filed", "logins", "records_created", "records_edited"]
AMOUNT_COLUMNS = {"deals_won": "won_amount", "deals_lost": "lost_amount", "contracts_signed": "contract_amount",
                  "payments_received": "payment_amount", "expenses_filed": "expense_amount"}
JOB_TIMEOUT_SECONDS = 3600
COMPANY_CURRENCY = "CNY"


class Database:
    """Runs statements through the command-line client as root on 127.0.0.1:3306."""

    def __init__(self, client, db):
        self.command = [client, "-h", "127.0.0.1", "-P", "3306", "-u", "root", "-N", "-B", db]

    def run(self, statements):
        """Runs the statements and returns the rows of their results as lists of strings."""
        result = subprocess.run(self.command, input=statements, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"The SQL client failed with exit code {result.returncode}: {result.stderr.strip()}")
        return [line.split("\t") for line in result.stdout.splitlines() if line]


class Aggregate:
    """The plain SQL aggregate of the day, with the window bound as user variables."""

    def __init__(self, database, sql_file, day, from_utc, until_utc):
        self.database = database
        with open(sql_file, encoding="utf-8") as file:
            queries = file.read()
        self.script = (f"SET @day = DATE '{day}', @from_utc = TIMESTAMP '{from_utc}', "
                       f"@until_utc = TIMESTAMP '{until_utc}';\n{queries}")

    def measure(self):
        """Runs every query once and returns the elapsed milliseconds and the rows."""
        start = time.perf_counter()
        rows = self.database.run(self.script)
        return (time.perf_counter() - start) * 1000, rows


class Job:
    """The daily-report job of one date, started through the WildFly management CLI."""

    def __init__(self, database, jboss_cli, controller, server_log, day):
        self.database = database
        self.cli = [jboss_cli, "--connect", f"--controller={controller}"]
        self.server_log = server_log
        self.day = day

    def operation(self, name, arguments=""):
        address = "/deployment=crm.ear/subdeployment=crm-batch.jar/subsystem=batch-jberet"
        result = subprocess.run(self.cli + [f"--command={address}:{name}({arguments})"], capture_output=True,
                                text=True)
        if result.returncode != 0 or '"outcome" => "success"' not in result.stdout:
            raise SystemExit(f"The CLI operation {name} failed: {result.stdout.strip()} {result.stderr.strip()}")
        return result.stdout

    def run(self):
        """Runs the job for the date, waits for it to end and returns its run row as a dict."""
        # A run started from the CLI updates an existing run row without resetting
        # started_at, so the row is removed to have the listener insert a fresh one.
        self.database.run(f"DELETE FROM daily_report_run WHERE report_date = DATE '{self.day}'")
        output = self.operation("start-job", f"job-xml-name=daily-report, properties={{date={self.day}}}")
        match = re.search(r'"result" => (\d+)L?', output)
        if not match:
            raise SystemExit(f"start-job returned no execution id: {output.strip()}")
        execution = int(match.group(1))
        deadline = time.monotonic() + JOB_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            rows = self.database.run(
                "SELECT status, TIMESTAMPDIFF(MICROSECOND, started_at, finished_at), users_written, users_failed "
                f"FROM daily_report_run WHERE report_date = DATE '{self.day}' AND execution_id = {execution} "
                "AND status <> 'RUNNING'")
            if rows:
                status, micros, written, failed = rows[0]
                return {"execution": execution, "status": status, "ms": self.logged_ms(execution),
                        "run_row_ms": int(micros) / 1000, "users_written": int(written),
                        "users_failed": int(failed)}
            time.sleep(0.2)
        raise SystemExit(f"Daily report execution {execution} did not end within {JOB_TIMEOUT_SECONDS} s")

    def logged_ms(self, execution):
        """Returns the milliseconds from the execution's "started" to its "ended" log line."""
        pattern = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) .*Daily report "
                             + re.escape(self.day) + f" execution {execution} (started by|ended) ")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            times = {}
            with open(self.server_log, encoding="utf-8", errors="replace") as log:
                for line in log:
                    match = pattern.match(line)
                    if match:
                        times[match.group(2)] = datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S,%f")
            if len(times) == 2:
                return (times["ended"] - times["started by"]).total_seconds() * 1000
            time.sleep(0.2)
        raise SystemExit(f"The server log {self.server_log} has no start and end lines of execution {execution}")


def check_run(run, users):
    """Raises SystemExit unless the run completed with a row for every user and no problems."""
    if run["status"] != "COMPLETED" or run["users_written"] != users or run["users_failed"] != 0:
        raise SystemExit(f"Daily report execution {run['execution']} ended {run['status']} with "
                         f"{run['users_written']} users written and {run['users_failed']} failed; "
                         f"expected {users} written and none failed. See the server log.")


def expected_figures(rows, rates):
    """Sums the aggregate's rows into the figures of each user id, amounts in the company currency."""
    figures = {}
    by_type = {}
    for figure, user, group, count, amount in rows:
        user_id = int(user)
        columns = figures.setdefault(user_id, {})
        columns[figure] = columns.get(figure, 0) + int(count)
        if figure == "activities":
            by_type[(user_id, group)] = int(count)
        if figure in AMOUNT_COLUMNS:
            converted = Decimal(amount) * (Decimal(1) if group == COMPANY_CURRENCY else rates[group])
            columns[AMOUNT_COLUMNS[figure]] = columns.get(AMOUNT_COLUMNS[figure], Decimal(0)) + converted
    return figures, by_type


def compare(database, day, rows):
    """Compares the job's rows for the day with the aggregate's figures and returns the mismatches."""
    rates = {currency: Decimal(rate) for currency, rate in database.run("SELECT currency, rate FROM currency_rate")}
    expected, expected_types = expected_figures(rows, rates)
    columns = COUNT_COLUMNS + list(AMOUNT_COLUMNS.values())
    written = database.run(f"SELECT user_id, {', '.join(columns)} FROM daily_report WHERE report_date = DATE '{day}'")
    mismatches = []
    for row in written:
        user_id = int(row[0])
        expected_columns = expected.get(user_id, {})
        for column, value in zip(columns, row[1:]):
            if column in COUNT_COLUMNS:
                expected_value = expected_columns.get(column, 0)
                same = int(value) == expected_value
            else:
                expected_value = expected_columns.get(column, Decimal(0)).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
                same = Decimal(value) == expected_value
            if not same:
                mismatches.append(f"user {user_id} {column}: job {value}, SQL {expected_value}")
    types = database.run(f"SELECT user_id, activity_type, activities FROM daily_report_activity "
                         f"WHERE report_date = DATE '{day}'")
    written_types = {(int(user_id), kind): int(count) for user_id, kind, count in types}
    if written_types != expected_types:
        mismatches.append(f"activities by type: job {len(written_types)} rows, SQL {len(expected_types)} rows, "
                          f"{len(set(written_types.items()) ^ set(expected_types.items()))} differ")
    return mismatches


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="the database the server uses")
    parser.add_argument("--client", required=True, help="path of the mariadb or mysql client")
    parser.add_argument("--jboss-cli", required=True, help="path of the server's jboss-cli.sh")
    parser.add_argument("--controller", required=True, help="management address, such as 127.0.0.1:10990")
    parser.add_argument("--server-log", required=True, help="the server's server.log, with dates")
    parser.add_argument("--date", required=True, help="the reported date, yyyy-MM-dd")
    parser.add_argument("--from-utc", required=True, help="the UTC instant the date starts in the company's zone")
    parser.add_argument("--until-utc", required=True, help="the UTC instant the next date starts")
    parser.add_argument("--aggregate-sql", required=True, help="the file of GROUP BY queries")
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each, after one warm-up")
    parser.add_argument("--max-ratio", type=float, default=3, help="the target: job median / SQL median")
    parser.add_argument("--label", default="", help="copied into the output, such as the data size")
    args = parser.parse_args()

    database = Database(args.client, args.db)
    aggregate = Aggregate(database, args.aggregate_sql, args.date, args.from_utc, args.until_utc)
    job = Job(database, args.jboss_cli, args.controller, args.server_log, args.date)
    users = int(database.run("SELECT COUNT(*) FROM app_user WHERE enabled = TRUE")[0][0])

    print(f"Warming up: one unrecorded run of the SQL aggregate and of the job for {args.date}", file=sys.stderr)
    _, rows = aggregate.measure()
    check_run(job.run(), users)
    mismatches = compare(database, args.date, rows)
    if mismatches:
        raise SystemExit("The job's figures differ from the SQL aggregate's:\n  " + "\n  ".join(mismatches[:20]))

    client_start = time.perf_counter()
    database.run("SELECT 1")
    client_ms = (time.perf_counter() - client_start) * 1000
    sql_times, job_times, run_row_times = [], [], []
    for run_number in range(1, args.runs + 1):
        sql_ms, _ = aggregate.measure()
        run = job.run()
        check_run(run, users)
        sql_times.append(round(sql_ms, 1))
        job_times.append(round(run["ms"], 1))
        run_row_times.append(run["run_row_ms"])
        print(f"  run {run_number}: SQL aggregate {sql_ms:.1f} ms, job execution {run['execution']} "
              f"{run['ms']:.1f} ms", file=sys.stderr)

    activities = sum(int(count) for figure, _, _, count, _ in rows if figure == "activities")
    sql_median = round(statistics.median(sql_times), 1)
    job_median = round(statistics.median(job_times), 1)
    ratio = job_median / sql_median
    within = ratio <= args.max_ratio
    print(json.dumps({"label": args.label, "date": args.date, "users": users, "activities_on_date": activities,
                      "runs": args.runs, "sql_ms": sql_times, "job_ms": job_times, "job_run_row_ms": run_row_times,
                      "sql_median_ms": sql_median, "job_median_ms": job_median,
                      "client_start_ms": round(client_ms, 1), "ratio": round(ratio, 2),
                      "max_ratio": args.max_ratio, "within_target": within}))
    print("| data | users | activities on the day | SQL aggregate median (ms) | job median (ms) | ratio "
          "| within target |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    print(f"| {args.label} | {users} | {activities} | {sql_median:.1f} | {job_median:.1f} | {ratio:.2f} "
          f"| {'yes' if within else 'NO'} |")


if __name__ == "__main__":
    main()
