"""Executes a notebook's code cells in a Jupyter kernel and writes the executed notebook.

Usage: python3 notebook-runner.py NOTEBOOK WORKING_DIRECTORY OUTPUT KERNEL_NAME

nbclient collects a cell's outputs until the kernel says it is idle for that cell; an output the kernel
publishes after that message is dropped. Deno's kernel does that on a busy machine (a table or the chart
went missing, no error). This runner routes every message on the kernel's output channel by the request
it answers, for as long as the kernel keeps publishing, so a late output still lands in its own cell.
Every message received (its type and the request it answers) is written beside the executed notebook,
in OUTPUT.messages.json, for the test to show when a cell's outputs are not the expected ones.
"""

import json
import queue
import sys
import time

import nbformat
from jupyter_client.manager import start_new_kernel

CELL_TIMEOUT = 180  # seconds for one cell's reply
QUIET = 3.0  # seconds without any message after which the kernel is taken to have said everything


def main():
    source, cwd, target, kernel_name = sys.argv[1:5]
    notebook = nbformat.read(source, as_version=4)
    manager, client = start_new_kernel(kernel_name=kernel_name, cwd=cwd, startup_timeout=180)
    outputs = {}  # request id -> list of nbformat outputs
    idle = set()
    log = []

    def route(message):
        parent = message["parent_header"].get("msg_id")
        kind = message["msg_type"]
        content = message["content"]
        log.append((kind, parent))
        cell = outputs.get(parent)
        if cell is None:
            return
        if kind == "status":
            if content.get("execution_state") == "idle":
                idle.add(parent)
        elif kind in ("execute_result", "display_data"):
            output = {"output_type": kind, "data": content.get("data", {}), "metadata": content.get("metadata", {})}
            if kind == "execute_result":
                output["execution_count"] = content.get("execution_count")
            cell.append(nbformat.from_dict(output))
        elif kind == "stream":
            if cell and cell[-1]["output_type"] == "stream" and cell[-1]["name"] == content["name"]:
                cell[-1]["text"] += content["text"]
            else:
                cell.append(nbformat.from_dict({"output_type": "stream", "name": content["name"], "text": content["text"]}))
        elif kind == "error":
            cell.append(
                nbformat.from_dict(
                    {
                        "output_type": "error",
                        "ename": content.get("ename", ""),
                        "evalue": content.get("evalue", ""),
                        "traceback": content.get("traceback", []),
                    }
                )
            )
        elif kind == "clear_output":
            cell.clear()

    def drain(timeout):
        """Routes the next output message; False when none came within timeout seconds."""
        try:
            route(client.get_iopub_msg(timeout=timeout))
            return True
        except queue.Empty:
            return False

    try:
        cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
        requests = []
        for index, cell in enumerate(cells):
            request = client.execute(cell.source, store_history=True, allow_stdin=False)
            outputs[request] = []
            requests.append(request)
            deadline = time.monotonic() + CELL_TIMEOUT
            replied = False
            while not replied:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"cell {index + 1}: no reply in {CELL_TIMEOUT} s; messages: {json.dumps(log)}")
                while drain(0):
                    pass
                try:
                    reply = client.get_shell_msg(timeout=min(left, 1))
                except queue.Empty:
                    continue
                if reply["parent_header"].get("msg_id") == request:
                    replied = True
                    cell.execution_count = reply["content"].get("execution_count")
            # the cell's own idle, then whatever the kernel still publishes
            deadline = time.monotonic() + CELL_TIMEOUT
            while request not in idle:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"cell {index + 1}: never idle; messages: {json.dumps(log)}")
                drain(1)
        while drain(QUIET):
            pass
        for cell, request in zip(cells, requests):
            cell.outputs = outputs[request]
        nbformat.write(notebook, target)
    finally:
        with open(target + ".messages.json", "w") as file:
            json.dump(log, file)
        client.stop_channels()
        manager.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
