#!/usr/bin/env python3
"""Records golden answers from a real kube-apiserver v1.20.2 for the patching tests.

    KUBE=$(../shared/tools/kube-apiserver/kube-apiserver.sh start patching 17743)
    python3 test/Karmada.Orleans.Patching.Tests/Golden/capture.py "$KUBE"
    ../shared/tools/kube-apiserver/kube-apiserver.sh stop patching

Each case is defined here (the inputs) and written to one JSON file with the server's answers.
Objects are fully defaulted on input so that the server's defaulting adds nothing and the answer
is the patch semantics alone. Server-owned metadata (uid, resourceVersion, timestamps) is dropped.
"""
import copy
import json
import os
import re
import ssl
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
CTX = ssl.create_default_context()
CTX.check_hostname = False
CTX.verify_mode = ssl.CERT_NONE


class Server:
    def __init__(self, kubeconfig):
        text = open(kubeconfig).read()
        self.base = re.search(r"server: (\S+)", text).group(1)
        self.token = re.search(r"token: (\S+)", text).group(1)

    def call(self, method, path, body=None, content_type="application/json"):
        data = None
        if body is not None:
            data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Authorization", "Bearer " + self.token)
        req.add_header("Content-Type", content_type)
        req.add_header("User-Agent", "golden-capture/v1")
        try:
            with urllib.request.urlopen(req, context=CTX) as resp:
                return resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())


def collection(obj):
    api_version, kind = obj["apiVersion"], obj["kind"]
    plural = {"ConfigMap": "configmaps", "Deployment": "deployments", "Widget": "widgets"}[kind]
    prefix = "/api/v1" if api_version == "v1" else "/apis/" + api_version
    return prefix + "/namespaces/default/" + plural


NOISE = ("uid", "resourceVersion", "creationTimestamp", "selfLink", "generation", "namespace")


def normalize(obj):
    """Drops what the server invents (identity, timestamps) so answers compare as patch semantics."""
    obj = copy.deepcopy(obj)
    if obj.get("kind") == "Status":
        obj.pop("metadata", None)
        return obj
    meta = obj.get("metadata", {})
    for key in NOISE:
        meta.pop(key, None)
    for entry in meta.get("managedFields", []):
        entry.pop("time", None)
    if obj.get("status") == {}:
        obj.pop("status")
    template_meta = obj.get("spec", {}).get("template", {}).get("metadata", {})
    if template_meta.get("creationTimestamp", 1) is None:
        template_meta.pop("creationTimestamp")
    return obj


# ---------------------------------------------------------------- inputs

def container(name, image="nginx", **extra):
    c = {"name": name, "image": image, "resources": {}, "terminationMessagePath": "/dev/termination-log",
         "terminationMessagePolicy": "File", "imagePullPolicy": "IfNotPresent"}
    c.update(extra)
    return c


def port(number, name=None):
    p = {"containerPort": number, "protocol": "TCP"}
    if name:
        p["name"] = name
    return p


def deployment(name, containers, volumes=None, finalizers=None, annotations=None, replicas=1):
    meta = {"name": name, "labels": {"app": name}}
    if finalizers is not None:
        meta["finalizers"] = finalizers
    if annotations is not None:
        meta["annotations"] = annotations
    pod = {"containers": containers, "restartPolicy": "Always", "terminationGracePeriodSeconds": 30,
           "dnsPolicy": "ClusterFirst", "securityContext": {}, "schedulerName": "default-scheduler"}
    if volumes is not None:
        pod["volumes"] = volumes
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta, "spec": {
        "replicas": replicas, "selector": {"matchLabels": {"app": name}},
        "template": {"metadata": {"labels": {"app": name}}, "spec": pod},
        "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "25%", "maxSurge": "25%"}},
        "revisionHistoryLimit": 10, "progressDeadlineSeconds": 600}}


def rich_deployment(name):
    return deployment(name, [
        container("a", "nginx:1", ports=[port(80, "http"), port(443, "https")],
                  env=[{"name": "A1", "value": "1"}, {"name": "A2", "value": "2"}],
                  volumeMounts=[{"name": "data", "mountPath": "/data"}], args=["--x", "--y"]),
        container("b", "redis:6", env=[{"name": "B1", "value": "1"}]),
    ], volumes=[{"name": "data", "emptyDir": {}}, {"name": "cache", "emptyDir": {}}],
        finalizers=["example.com/f1", "example.com/f2", "example.com/f3"],
        annotations={"note": "one", "kubernetes.io/owner": "team-a"})


def configmap(name, data, labels=None, annotations=None):
    meta = {"name": name}
    if labels is not None:
        meta["labels"] = labels
    if annotations is not None:
        meta["annotations"] = annotations
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta, "data": data}


def containers_patch(*items, **directives):
    spec = {"containers": list(items)}
    spec.update({k.replace("__", "/").replace("_S_", "$"): v for k, v in directives.items()})
    return {"spec": {"template": {"spec": spec}}}


STRATEGIC = {
    "containers-merge-by-name": containers_patch({"name": "a", "image": "nginx:2"}),
    "container-added-goes-first": containers_patch(container("c", "busybox")),
    "container-delete-directive": containers_patch({"name": "b", "$patch": "delete"}),
    "container-list-replace-directive": containers_patch(container("c", "busybox"), {"$patch": "replace"}),
    "env-merge-by-name": containers_patch({"name": "a", "env": [{"name": "A2", "value": "two"}, {"name": "A3", "value": "3"}]}),
    "env-delete-directive": containers_patch({"name": "a", "env": [{"name": "A1", "$patch": "delete"}]}),
    "ports-merge-by-containerPort": containers_patch({"name": "a", "ports": [{"containerPort": 443, "name": "tls"}, port(8080, "alt")]}),
    "atomic-list-replaced": containers_patch({"name": "a", "args": ["--z"]}),
    "null-deletes-field": containers_patch({"name": "a", "args": None, "env": None}),
    "set-element-order-containers": {"spec": {"template": {"spec": {
        "$setElementOrder/containers": [{"name": "b"}, {"name": "a"}],
        "containers": [{"name": "a", "image": "nginx:3"}]}}}},
    "set-element-order-with-new-item": {"spec": {"template": {"spec": {
        "$setElementOrder/containers": [{"name": "b"}, {"name": "c"}, {"name": "a"}],
        "containers": [container("c", "busybox")]}}}},
    "set-element-order-env": containers_patch({"name": "a", "$setElementOrder/env": [{"name": "A2"}, {"name": "A1"}]}),
    "retain-keys-strategy": {"spec": {"strategy": {"$retainKeys": ["type"], "type": "Recreate"}}},
    "retain-keys-volume": {"spec": {"template": {"spec": {"volumes": [
        {"name": "cache", "$retainKeys": ["name", "configMap"], "configMap": {"name": "settings", "defaultMode": 420}}]}}}},
    "volume-merge-by-name": {"spec": {"template": {"spec": {"volumes": [{"name": "extra", "emptyDir": {"medium": "Memory"}}]}}}},
    "finalizers-merge-set": {"metadata": {"finalizers": ["example.com/f4", "example.com/f1"]}},
    "finalizers-delete-from-primitive-list": {"metadata": {"$deleteFromPrimitiveList/finalizers": ["example.com/f2"]}},
    "finalizers-set-element-order": {"metadata": {"$setElementOrder/finalizers": ["example.com/f3", "example.com/f1", "example.com/f2"]}},
    "finalizers-order-and-add": {"metadata": {"$setElementOrder/finalizers": ["example.com/f3", "example.com/f0", "example.com/f1", "example.com/f2"],
                                              "finalizers": ["example.com/f0"]}},
    "annotations-null-deletes-key": {"metadata": {"annotations": {"note": None, "added": "yes"}}},
    "annotations-replace-directive": {"metadata": {"annotations": {"$patch": "replace", "only": "this"}}},
    "annotations-delete-directive": {"metadata": {"annotations": {"$patch": "delete"}}},
    "merge-directive-explicit": {"metadata": {"annotations": {"$patch": "merge", "more": "x"}}},
    "replicas-and-labels": {"spec": {"replicas": 3}, "metadata": {"labels": {"tier": "web"}}},
    "template-labels-merge": {"spec": {"template": {"metadata": {"labels": {"x": "y"}}}}},
    "error-missing-merge-key": containers_patch({"image": "nginx:9"}),
    "error-bad-patch-directive": {"metadata": {"annotations": {"$patch": "bogus"}}},
    "error-retain-keys-missing-field": {"spec": {"strategy": {"$retainKeys": ["type"], "rollingUpdate": {"maxSurge": 1}}}},
    "error-set-element-order-mismatch": {"spec": {"template": {"spec": {
        "$setElementOrder/containers": [{"name": "b"}],
        "containers": [{"name": "a", "image": "nginx:3"}]}}}},
}

MERGE = {
    "nested-merge-and-null": (lambda n: rich_deployment(n), {"metadata": {"annotations": {"note": None, "x": "1"}}, "spec": {"replicas": 4}}),
    "list-replaced-whole": (lambda n: rich_deployment(n), {"metadata": {"finalizers": ["example.com/only"]}}),
    "configmap-data": (lambda n: configmap(n, {"a": "1", "b": "2"}), {"data": {"a": None, "c": "3"}}),
    "configmap-replace-object-with-scalar-removes": (lambda n: configmap(n, {"a": "1"}, labels={"x": "1"}), {"metadata": {"labels": None}}),
}

JSONPATCH = {
    "add-replace-remove": (lambda n: configmap(n, {"a": "1", "b": "2"}),
                           [{"op": "add", "path": "/data/c", "value": "3"}, {"op": "replace", "path": "/data/a", "value": "one"},
                            {"op": "remove", "path": "/data/b"}]),
    "escaped-pointer": (lambda n: widget(n, {"x/y~z": 1, "list": [1, 2]}),
                        [{"op": "replace", "path": "/spec/x~1y~0z", "value": 2},
                         {"op": "add", "path": "/spec/a~1b", "value": {"c~d": True}},
                         {"op": "copy", "from": "/spec/a~1b", "path": "/spec/list/1"}]),
    "array-append-and-insert": (lambda n: rich_deployment(n),
                                [{"op": "add", "path": "/metadata/finalizers/-", "value": "example.com/last"},
                                 {"op": "add", "path": "/metadata/finalizers/0", "value": "example.com/first"},
                                 {"op": "remove", "path": "/metadata/finalizers/2"}]),
    "move-copy-test": (lambda n: configmap(n, {"a": "1", "b": "2"}),
                       [{"op": "test", "path": "/data/a", "value": "1"}, {"op": "copy", "from": "/data/a", "path": "/data/c"},
                        {"op": "move", "from": "/data/b", "path": "/data/d"}]),
    "error-remove-missing": (lambda n: configmap(n, {"a": "1"}), [{"op": "remove", "path": "/data/zzz"}]),
    "error-test-failed": (lambda n: configmap(n, {"a": "1"}), [{"op": "test", "path": "/data/a", "value": "2"}]),
    "error-unknown-op": (lambda n: configmap(n, {"a": "1"}), [{"op": "bogus", "path": "/data/a", "value": "2"}]),
    "error-index-out-of-range": (lambda n: rich_deployment(n), [{"op": "add", "path": "/metadata/finalizers/9", "value": "x"}]),
    "error-not-an-array": (lambda n: configmap(n, {"a": "1"}), {"op": "add", "path": "/data/b", "value": "2"}),
}

# Server-side apply scenarios: each step is create (POST), update (PUT), patch (PATCH with a type) or apply.
CM_A = lambda name, data, **meta: {"apiVersion": "v1", "kind": "ConfigMap", "metadata": dict({"name": name}, **meta), "data": data}

SSA = {
    "create-via-apply": [
        {"op": "apply", "manager": "kubectl", "body": CM_A("{name}", {"a": "1", "b": "2"}, labels={"app": "web"})},
    ],
    "reapply-removes-dropped-field": [
        {"op": "apply", "manager": "kubectl", "body": CM_A("{name}", {"a": "1", "b": "2"}, labels={"app": "web", "tier": "x"})},
        {"op": "apply", "manager": "kubectl", "body": CM_A("{name}", {"a": "1"}, labels={"app": "web"})},
    ],
    "reapply-keeps-field-shared-with-other-applier": [
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"a": "1", "b": "2"})},
        {"op": "apply", "manager": "two", "body": CM_A("{name}", {"b": "2"})},
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"a": "1"})},
        {"op": "apply", "manager": "two", "body": CM_A("{name}", {"c": "3"})},
    ],
    "two-appliers-conflict-then-force": [
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"a": "1", "b": "1"})},
        {"op": "apply", "manager": "two", "body": CM_A("{name}", {"a": "2", "b": "2"})},
        {"op": "apply", "manager": "two", "force": True, "body": CM_A("{name}", {"a": "2", "b": "2"})},
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"a": "1", "b": "1"})},
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"c": "1"})},
    ],
    "conflict-with-updater": [
        {"op": "create", "manager": "kubectl-create", "body": CM_A("{name}", {"a": "1"})},
        {"op": "apply", "manager": "kubectl", "body": CM_A("{name}", {"a": "2"})},
        {"op": "apply", "manager": "kubectl", "body": CM_A("{name}", {"a": "1", "b": "2"})},
        {"op": "apply", "manager": "kubectl", "force": True, "body": CM_A("{name}", {"a": "3"})},
    ],
    "update-takes-ownership-from-applier": [
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"a": "1", "b": "1"}, labels={"x": "1"})},
        {"op": "update", "manager": "editor", "body": CM_A("{name}", {"a": "edited", "b": "1"}, labels={"x": "1", "y": "2"})},
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"a": "1", "b": "1"}, labels={"x": "1"})},
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"b": "1"})},
        {"op": "patch", "type": "merge", "manager": "patcher", "body": {"data": {"b": None, "z": "9"}}},
    ],
    "apply-after-client-side-apply": [
        {"op": "create", "manager": "kubectl-client-side-apply", "body": CM_A("{name}", {"a": "1", "b": "2"}, annotations={
            "kubectl.kubernetes.io/last-applied-configuration":
                '{"apiVersion":"v1","data":{"a":"1","b":"2"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"{name}","namespace":"default"}}\n'})},
        {"op": "apply", "manager": "other", "body": CM_A("{name}", {"a": "5"})},
        {"op": "apply", "manager": "kubectl", "body": CM_A("{name}", {"a": "5", "b": "2"})},
    ],
    "apply-after-client-side-apply-drifted": [
        {"op": "create", "manager": "kubectl-client-side-apply", "body": CM_A("{name}", {"a": "1", "b": "2"}, annotations={
            "kubectl.kubernetes.io/last-applied-configuration":
                '{"apiVersion":"v1","data":{"a":"1"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"{name}","namespace":"default"}}\n'})},
        {"op": "apply", "manager": "kubectl", "body": CM_A("{name}", {"a": "5", "b": "6"})},
    ],
    "deployment-containers-by-name": [
        {"op": "apply", "manager": "one", "body": deployment("{name}", [container("a", ports=[port(80)], env=[{"name": "X", "value": "1"}, {"name": "Y", "value": "2"}])])},
        {"op": "apply", "manager": "two", "body": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "{name}"},
                                                    "spec": {"template": {"spec": {"containers": [container("b", "redis")]}}}}},
        {"op": "apply", "manager": "two", "body": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "{name}"},
                                                    "spec": {"replicas": 5, "template": {"spec": {"containers": [{"name": "a", "image": "other"}]}}}}},
        {"op": "apply", "manager": "one", "body": deployment("{name}", [container("a", ports=[port(80)], env=[{"name": "X", "value": "1"}])])},
        {"op": "patch", "type": "strategic", "manager": "kubectl-patch", "body": {"spec": {"template": {"spec": {"containers": [{"name": "a", "image": "patched"}]}}}}},
        {"op": "apply", "manager": "two", "body": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "{name}"}}},
    ],
    "deployment-create-then-apply": [
        {"op": "create", "manager": "kubectl-create", "body": rich_deployment("{name}")},
        {"op": "apply", "manager": "kubectl", "force": True, "body": deployment("{name}", [container("a", "nginx:9")], replicas=2)},
    ],
    "finalizers-as-set": [
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"a": "1"}, finalizers=["example.com/a", "example.com/b"])},
        {"op": "apply", "manager": "two", "body": CM_A("{name}", {}, finalizers=["example.com/c"])},
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"a": "1"}, finalizers=["example.com/a"])},
        {"op": "patch", "type": "json", "manager": "cleanup", "body": [{"op": "remove", "path": "/metadata/finalizers"}]},
    ],
    "apply-errors": [
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"a": "1"})},
        {"op": "apply", "manager": "one", "body": {"apiVersion": "v2", "kind": "ConfigMap", "metadata": {"name": "{name}"}}, "path_version": "v1"},
        {"op": "apply", "manager": "one", "body": {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "{name}", "managedFields": [{"manager": "x", "operation": "Apply"}]}}},
        {"op": "apply", "manager": "one", "body": {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "{name}"}, "data": {"a": True}}},
    ],
    "untyped-custom-resource": [
        {"op": "apply", "manager": "one", "body": {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "{name}"},
                                                    "spec": {"size": 1, "items": [{"name": "x"}], "nested": {"a": "1", "b": "2"}}}},
        {"op": "apply", "manager": "two", "body": {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "{name}"},
                                                    "spec": {"nested": {"c": "3"}}}},
        {"op": "apply", "manager": "one", "body": {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "{name}"},
                                                    "spec": {"size": 2}}},
        {"op": "patch", "type": "strategic", "manager": "x", "body": {"spec": {"size": 3}}},
    ],
}

SSA.update({
    "reset-managed-fields-then-apply": [
        {"op": "create", "manager": "creator", "body": CM_A("{name}", {"a": "1"})},
        {"op": "update", "manager": "editor", "body": CM_A("{name}", {"a": "1", "b": "2"}, managedFields=[])},
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"a": "5"})},
        {"op": "apply", "manager": "one", "force": True, "body": CM_A("{name}", {"a": "5"})},
        {"op": "patch", "type": "merge", "manager": "two", "body": {"metadata": {"managedFields": [
            {"manager": "fake", "operation": "Update", "apiVersion": "v1", "fieldsType": "FieldsV1", "fieldsV1": {"f:data": {"f:a": {}}}}]}}},
    ],
    "many-updaters-are-capped": [{"op": "create", "manager": "creator", "body": CM_A("{name}", {"a": "0"})}] + [
        {"op": "patch", "type": "merge", "manager": "m%02d" % i, "body": {"data": {"k%02d" % i: str(i)}}} for i in range(1, 12)
    ],
    "conflicts-with-two-managers": [
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"a": "1"}, labels={"x": "1"})},
        {"op": "patch", "type": "merge", "manager": "editor", "body": {"data": {"b": "2", "c": "3"}}},
        {"op": "apply", "manager": "three", "body": CM_A("{name}", {"a": "9", "b": "9", "c": "9"}, labels={"x": "9"})},
    ],
    "atomic-list-conflict": [
        {"op": "apply", "manager": "one", "body": deployment("{name}", [container("a", args=["--x"])])},
        {"op": "apply", "manager": "two", "body": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "{name}"},
                                                    "spec": {"template": {"spec": {"containers": [{"name": "a", "args": ["--y"]}]}}}}},
        {"op": "apply", "manager": "two", "force": True, "body": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "{name}"},
                                                                  "spec": {"template": {"spec": {"containers": [{"name": "a", "args": ["--y"]}]}}}}},
    ],
    "same-value-shared-ownership": [
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"a": "1", "b": "1"})},
        {"op": "apply", "manager": "two", "body": CM_A("{name}", {"a": "1"})},
        {"op": "apply", "manager": "one", "body": CM_A("{name}", {"b": "1"})},
        {"op": "apply", "manager": "two", "body": CM_A("{name}", {"z": "1"})},
    ],
    "updater-accumulates": [
        {"op": "create", "manager": "m", "body": CM_A("{name}", {"a": "1"}, labels={"l": "1"})},
        {"op": "patch", "type": "merge", "manager": "m", "body": {"data": {"b": "2"}}},
        {"op": "patch", "type": "json", "manager": "other", "body": [{"op": "replace", "path": "/data/a", "value": "x"}]},
        {"op": "update", "manager": "m", "body": CM_A("{name}", {"a": "x", "b": "2"})},
    ],
})

WIDGET_CRD = {
    "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition", "metadata": {"name": "widgets.example.com"},
    "spec": {"group": "example.com", "scope": "Namespaced",
             "names": {"kind": "Widget", "plural": "widgets", "singular": "widget", "listKind": "WidgetList"},
             "versions": [{"name": "v1", "served": True, "storage": True,
                           "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": True}}}]}}


def widget(name, spec):
    return {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": name}, "spec": spec}


def substitute(node, name):
    text = json.dumps(node).replace("{name}", name)
    return json.loads(text)


def write(folder, case, content):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    with open(os.path.join(HERE, folder, case + ".json"), "w") as f:
        json.dump(content, f, indent=2, sort_keys=False)
        f.write("\n")


def capture_patches(server, folder, cases, content_type, make_original):
    for case, spec in cases.items():
        name = (folder + "-" + case).lower()
        if make_original is None:
            original_body, patch = spec
            original_body = original_body(name)
        else:
            original_body, patch = make_original(name), spec
        patch = substitute(patch, name)
        status, created = server.call("POST", collection(original_body), original_body)
        assert status == 201, created
        path = collection(original_body) + "/" + name
        status, answer = server.call("PATCH", path, json.dumps(patch), content_type)
        record = {"original": normalize(created), "patch": patch}
        if status == 200:
            record["expected"] = normalize(answer)
        else:
            record["error"] = normalize(answer)
        for r in (record.get("expected"), record["original"]):
            if r:
                r["metadata"].pop("managedFields", None)
        write(folder, case, record)
        print(folder, case, status)


def capture_ssa(server):
    types = {"merge": "application/merge-patch+json", "strategic": "application/strategic-merge-patch+json",
             "json": "application/json-patch+json"}
    for case, steps in SSA.items():
        name = ("ssa-" + case).lower()
        recorded = []
        for step in steps:
            step = substitute(step, name)
            body = step["body"]
            first = substitute(steps[0]["body"], name)
            probe = dict(first, apiVersion=step.get("path_version", first["apiVersion"]))
            coll = collection(probe)
            manager = step["manager"]
            op = step["op"]
            if op == "create":
                status, answer = server.call("POST", coll + "?fieldManager=" + manager, body)
            elif op == "update":
                status, answer = server.call("PUT", coll + "/" + name + "?fieldManager=" + manager, body)
            elif op == "patch":
                status, answer = server.call("PATCH", coll + "/" + name + "?fieldManager=" + manager, json.dumps(body), types[step["type"]])
            else:
                force = "&force=true" if step.get("force") else ""
                status, answer = server.call("PATCH", coll + "/" + name + "?fieldManager=" + manager + force, json.dumps(body),
                                             "application/apply-patch+yaml")
            step = dict(step)
            if status in (200, 201):
                step["expected"] = normalize(answer)
            else:
                step["error"] = normalize(answer)
            recorded.append(step)
            print("ssa", case, op, manager, status)
        write("ssa", case, {"steps": recorded})


def main():
    server = Server(sys.argv[1])
    server.call("POST", "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", WIDGET_CRD)
    time.sleep(3)
    capture_patches(server, "strategic", STRATEGIC, "application/strategic-merge-patch+json", rich_deployment)
    capture_patches(server, "merge", MERGE, "application/merge-patch+json", None)
    capture_patches(server, "json", JSONPATCH, "application/json-patch+json", None)
    capture_ssa(server)


if __name__ == "__main__":
    main()
